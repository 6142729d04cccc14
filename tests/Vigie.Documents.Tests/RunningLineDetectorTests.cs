using Vigie.Documents.Reading;

namespace Vigie.Documents.Tests;

public sealed class RunningLineDetectorTests
{
    [Fact]
    public void Detect_OcrBundle_MarksPageNumbersButNeverTitlesOrSignatures()
    {
        var pages = Enumerable.Range(1, 3)
            .Select(i => PageLayout.FromPlainText(string.Join('\n', "ARRÊTÉ N° 2026-00" + i, "Article 1 : texte de l'acte.", "Fait à Granville, le 2 mars 2026", "Le Maire,", $"Page {i}/3")))
            .ToArray();

        var running = RunningLineDetector.Detect(pages);

        for (var p = 0; p < pages.Length; p++)
        {
            var marked = running[p].Select(s => pages[p].Text[s.Start..s.End]).ToArray();
            Assert.Equal([$"Page {p + 1}/3"], marked);
        }
    }

    [Fact]
    public void Detect_LineRepeatedInMarginsOfMostPages_MarkedOnEachPage()
    {
        var pages = new[]
        {
            PageLayout.FromPlainText("Mairie de Bréhal - Ressources humaines\nTexte propre à la page un.\n12 rue de la Mairie 50290 Bréhal"),
            PageLayout.FromPlainText("Mairie de Bréhal - Ressources humaines\nTexte propre à la page deux.\n12 rue de la Mairie 50290 Bréhal"),
            PageLayout.FromPlainText("Autre en-tête\nTexte propre à la page trois.\nAutre pied"),
        };

        var running = RunningLineDetector.Detect(pages);

        Assert.Equal(2, running[0].Count);
        Assert.Equal(2, running[1].Count);
        Assert.Empty(running[2]);
        Assert.Equal("12 rue de la Mairie 50290 Bréhal", pages[1].Text[running[1][1].Start..running[1][1].End]);
    }

    [Fact]
    public void Detect_SinglePage_MarksOnlyABarePageNumber()
    {
        var page = PageLayout.FromPlainText("COMMUNE DE PÉRIERS\nTexte de l'acte.\n- 1 -");

        var running = RunningLineDetector.Detect([page]);

        var span = Assert.Single(running[0]);
        Assert.Equal("- 1 -", page.Text[span.Start..span.End]);
    }
}
