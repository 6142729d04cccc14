namespace Vigie.Storage.Catalog;

/// <summary>What the pipeline learnt about a document, to be stored with its acts.</summary>
public sealed record DocumentRow
{
    /// <summary>Format read: "pdf", "docx", "odt", "txt", "image"; null when it could not be told.</summary>
    public string? Format { get; init; }

    /// <summary>Size of the original in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Pages read, when known.</summary>
    public int? PageCount { get; init; }

    public DocumentStatus Status { get; init; } = DocumentStatus.Processed;

    /// <summary>Why the document could not be processed (with <see cref="DocumentStatus.Error"/>).</summary>
    public StoredError? Error { get; init; }
}
