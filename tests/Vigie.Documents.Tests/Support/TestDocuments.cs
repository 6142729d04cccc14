using Microsoft.Extensions.Options;
using Vigie.Documents.Model;
using Vigie.Documents.Reading;
using Vigie.Documents.Reading.Docx;
using Vigie.Documents.Reading.Odt;
using Vigie.Documents.Reading.Pdf;
using Vigie.Documents.Reading.Text;

namespace Vigie.Documents.Tests.Support;

/// <summary>Readers and documents built the way the application builds them, for the tests.</summary>
internal static class TestDocuments
{
    public static IOptions<DocumentsOptions> Options(Action<DocumentsOptions>? configure = null)
    {
        var options = new DocumentsOptions();
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static DocumentReader Reader(Action<DocumentsOptions>? configure = null) => new(
    [
        new PdfDocumentReader(Options(configure)),
        new DocxDocumentReader(),
        new OdtDocumentReader(),
        new TextDocumentReader(),
    ]);

    /// <summary>A document of native pages, as a reader of text formats would give it.</summary>
    public static DocumentContent Native(params string[] pages) => new(
        "test.txt",
        ContentHash.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(string.Join('\f', pages))),
        "txt",
        pages.Select((text, i) => new DocumentPage(i + 1, text, TextOrigin.Native)).ToArray());

    public static string FixturePath(string name) =>
        Path.Combine(Vigie.Tests.Shared.TestPaths.RepositoryRoot, "tests", "Vigie.Documents.Tests", "Fixtures", name);
}
