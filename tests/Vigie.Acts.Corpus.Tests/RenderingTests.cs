using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using Vigie.Acts.Corpus.Generation;
using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Acts.Corpus.Rendering;
using Vigie.Tests.Shared;

namespace Vigie.Acts.Corpus.Tests;

public sealed class RenderingTests
{
    private readonly ActGenerator _generator = new(CorpusReferentiels.BuiltIn());

    private LaidOutAct Act(int seed, ActKind kind, HouseStyle style) => _generator.Generate(new Random(seed), kind, style, [], seed);

    [Fact]
    public void FastPdf_Render_OpensWithPdfPigAndKeepsAccents()
    {
        var act = Act(1, ActKind.AvancementGrade, HouseStyle.CommuneClassique);
        var renderer = new FastPdfActRenderer();
        var pdf = renderer.Render(renderer.Layout.Layout([act]));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains("ARRÊTÉ", text, StringComparison.Ordinal);
        Assert.Contains(act.Label.Fields.AgentNom!, text, StringComparison.Ordinal);
        Assert.Contains("échelon", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfPig_Render_EmbedsTrueTypeAndKeepsAccents()
    {
        if (!PdfPigActRenderer.FontsAvailable())
        {
            Assert.Skip("Polices DejaVu absentes (paquet fonts-dejavu-core).");
        }

        var act = Act(2, ActKind.Disponibilite, HouseStyle.EtablissementPresident);
        var renderer = new PdfPigActRenderer();
        var pdf = renderer.Render(renderer.Layout.Layout([act]));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.Contains("disponibilité", text, StringComparison.Ordinal);
        Assert.Contains(act.Label.Fields.AgentPrenom!, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_Bundle_StartsEachActOnItsOwnPages()
    {
        var acts = new[]
        {
            Act(3, ActKind.Titularisation, HouseStyle.GrandeVilleDelegation),
            Act(4, ActKind.Contrat, HouseStyle.CompactArticles),
            Act(5, ActKind.TempsPartiel, HouseStyle.SirhExport),
        };
        var renderer = new FastPdfActRenderer();
        var layout = renderer.Layout.Layout(acts);
        using var document = PdfDocument.Open(renderer.Render(layout));
        Assert.Equal(layout.PageCount, document.NumberOfPages);
        for (var i = 0; i < acts.Length; i++)
        {
            var pages = layout.ActPages[i];
            var first = document.GetPage(pages[0]).Text;
            Assert.Contains(acts[i].Label.Fields.AgentNom!, first, StringComparison.Ordinal);
            if (i > 0)
            {
                Assert.Equal(layout.ActPages[i - 1][^1] + 1, pages[0]);
            }
        }
    }

    [Fact]
    public void Docx_Render_OpensWithOpenXmlAndHoldsTheKeyValueTable()
    {
        var act = Act(6, ActKind.AvancementEchelon, HouseStyle.SirhExport);
        var bytes = new DocxActRenderer().Render(act);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains(act.Label.Fields.AgentNom!, body.InnerText, StringComparison.Ordinal);
        var table = Assert.Single(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        Assert.Contains("Indice majoré", table.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Render_ProducesAPngOfTheFirstPage()
    {
        var scans = new ScanRenderer();
        if (!scans.IsAvailable)
        {
            Assert.Skip("pdftoppm absent (paquet poppler-utils).");
        }

        var renderer = new FastPdfActRenderer();
        var pdf = renderer.Render(renderer.Layout.Layout([Act(7, ActKind.CongeParental, HouseStyle.CommuneClassique)], compact: true));
        var png = scans.Render(pdf, new Random(1), dpi: 60);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png.Take(4).ToArray());
        Assert.True(png.Length > 1000);
    }

    [Fact]
    public void GenerateTextPdfs_SmallBatch_WritesPdfsAndLabels()
    {
        var directory = TestPaths.NewTempDirectory();
        var summary = CorpusGenerator.GenerateTextPdfs(directory, 12, 99, TestContext.Current.CancellationToken);
        Assert.Equal(12, Directory.GetFiles(Path.Combine(directory, "pdf"), "*.pdf").Length);
        var labels = LabelsFile.Read(summary.LabelsPath);
        Assert.Equal(12, labels.Count);
        Assert.All(labels, l => Assert.True(File.Exists(Path.Combine(directory, l.Source))));
        Assert.All(labels, l => Assert.Equal([1], l.Acts[0].Pages.Take(1)));
    }
}
