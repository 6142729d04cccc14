using System.Text;
using Vigie.Documents.Model;
using Vigie.Documents.Reading.Text;

namespace Vigie.Documents.Tests;

public sealed class TextDocumentReaderTests
{
    private const string Sample = "ARRÊTÉ N° 2026-7\r\nportant nomination de Mme Léa PÉRIER\r\nFait à Périers, le 2 février 2026";

    private readonly TextDocumentReader _reader = new();

    [Fact]
    public void Read_Utf8WithBom_DecodesAndNormalisesLineEnds()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var document = Read(bytes);

        Assert.Equal("ARRÊTÉ N° 2026-7\nportant nomination de Mme Léa PÉRIER\nFait à Périers, le 2 février 2026", document.Pages[0].Text);
        Assert.Equal("txt", document.Format);
    }

    [Fact]
    public void Read_Utf8WithoutBom_Decodes()
    {
        var document = Read(Encoding.UTF8.GetBytes(Sample));

        Assert.StartsWith("ARRÊTÉ N° 2026-7\n", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Windows1252_DecodesAccents()
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Sample + " – œuvre");
        Assert.Contains((byte)0xC9, bytes);

        var document = Read(bytes);

        Assert.Contains("Mme Léa PÉRIER", document.Pages[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("février 2026 – œuvre", document.Pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FormFeeds_SplitPages()
    {
        var document = Read(Encoding.UTF8.GetBytes("Page une\fPage deux\r\nsuite\fPage trois\f"));

        Assert.Equal(["Page une", "Page deux\nsuite", "Page trois"], document.Pages.Select(p => p.Text));
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.All(document.Pages, p => Assert.Equal(TextOrigin.Native, p.Origin));
    }

    [Fact]
    public void Read_OnlyWhiteSpace_ThrowsIllisible()
    {
        var error = Assert.Throws<DocumentReadException>(() => Read(Encoding.UTF8.GetBytes(" \r\n\t\f \n")));

        Assert.Equal(DocumentErrorCodes.Illisible, error.Code);
    }

    [Fact]
    public void Read_BinaryBytesNamedTxt_ThrowsFormatNonSupporte()
    {
        var error = Assert.Throws<DocumentReadException>(() => Read([0x41, 0x00, 0x42, 0x00, 0x00, 0x01, 0x02]));

        Assert.Equal(DocumentErrorCodes.FormatNonSupporte, error.Code);
    }

    [Fact]
    public void CanRead_PdfNamedTxt_IsFalse()
    {
        Assert.False(_reader.CanRead(new DocumentInput("faux.txt", "%PDF-1.7\n"u8.ToArray())));
        Assert.False(_reader.CanRead(new DocumentInput("note.md", "texte"u8.ToArray())));
        Assert.True(_reader.CanRead(new DocumentInput("lot/NOTE.TXT", "texte"u8.ToArray())));
    }

    private DocumentContent Read(byte[] bytes) => _reader.Read(new DocumentInput("lot/acte.txt", bytes), CancellationToken.None);
}
