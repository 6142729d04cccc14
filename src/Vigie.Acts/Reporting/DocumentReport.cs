namespace Vigie.Acts.Reporting;

/// <summary>One document of the batch (contract: <c>documents[]</c> of report.json).</summary>
public sealed record DocumentReport(
    string Source,
    string? Sha256,
    string Status,
    ErrorReport? Error,
    IReadOnlyList<ActReport> Acts)
{
    public const string Processed = "processed";
    public const string Failed = "error";

    /// <summary>Extension: the format read ("pdf", "docx"…), null when unread.</summary>
    public string? Format { get; init; }

    /// <summary>Extension: number of pages read.</summary>
    public int? PageCount { get; init; }

    /// <summary>Extension: parts of a bundle that are not acts (cover letter, blank page), reported, not checked.</summary>
    public IReadOnlyList<NonActReport> NonActs { get; init; } = [];

    /// <summary>Extension: notes for people (OCR used on page 3 with a low confidence…).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
