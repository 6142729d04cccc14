using Vigie.Documents.Model;

namespace Vigie.Documents.Reading.Pdf;

/// <summary>The text of one PDF page and where it comes from.</summary>
internal sealed record PdfPageText(PageLayout Layout, TextOrigin Origin, double? Confidence);
