namespace Vigie.Documents.Model;

/// <summary>The document model every reader produces: pages in order, with their text and provenance.</summary>
/// <param name="Source">As in <see cref="DocumentInput.Source"/>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the original bytes: the document's identity.</param>
/// <param name="Format">The format read: "pdf", "docx", "odt", "txt", "image".</param>
/// <param name="Pages">Pages in order; a text file is one page.</param>
public sealed record DocumentContent(string Source, string Sha256, string Format, IReadOnlyList<DocumentPage> Pages)
{
    /// <summary>Notes for the batch report that are not errors (e.g. "page 3 lue par OCR, confiance 62 %").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
