using Vigie.Documents.Model;
using Vigie.Documents.Reading.Pdf;
using Vigie.Documents.Splitting;
using Vigie.Documents.Tests.Support;

namespace Vigie.Documents.Tests;

public sealed class ActSplitterTests
{
    private readonly ActSplitter _splitter = new();

    [Fact]
    public void Split_BundleOfMixedActsAcrossPages_GivesEachActItsPageRange()
    {
        var document = TestDocuments.Native(
            SampleActs.Text(SampleActs.AvancementEchelonPage1("2026-001", "Mme Claire DUPONT")),
            SampleActs.Text(SampleActs.AvancementEchelonPage2()),
            SampleActs.Text(SampleActs.ContratDureeDeterminee("M. Loïc HÉBERT")),
            SampleActs.Text(SampleActs.AvancementEchelon("2026-002", "M. Paul LEROY")),
            SampleActs.Text(SampleActs.OcrNoisyArrete("2026-003", "Mme Léa PETIT")));

        var segments = _splitter.Split(document);

        Assert.Equal([[1, 2], [3], [4], [5]], segments.Select(s => s.Pages.ToArray()));
        Assert.StartsWith("RÉPUBLIQUE FRANÇAISE", segments[0].Text, StringComparison.Ordinal);
        Assert.Contains("Article 3 : Le Directeur général", segments[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("COMMUNE DE SAINT-PAIR-SUR-MER\n\nCONTRAT À DURÉE DÉTERMINÉE", segments[1].Text, StringComparison.Ordinal);
        Assert.Contains("ARRETE N0 2026-003", segments[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ActsInsideOneText_GivesCharacterRanges()
    {
        var text = string.Join(
            "\n\n",
            SampleActs.Text(SampleActs.AvancementEchelon("2026-010", "Mme Amélie MOREAU")),
            SampleActs.Text(SampleActs.ContratDureeDeterminee("M. Gaëtan LEBRUN")),
            SampleActs.Text(SampleActs.AvancementEchelon("2026-011", "M. Jérôme DURAND")));
        var document = TestDocuments.Native(text);

        var segments = _splitter.Split(document);

        Assert.Equal(3, segments.Count);
        Assert.All(segments, s => Assert.Equal([1], s.Pages));
        Assert.Contains("Mme Amélie MOREAU", segments[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRAT", segments[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("COMMUNE DE SAINT-PAIR-SUR-MER\n\nCONTRAT À DURÉE DÉTERMINÉE", segments[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("Nicolas MARTIN", segments[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("RÉPUBLIQUE FRANÇAISE", segments[2].Text, StringComparison.Ordinal);
        Assert.Contains("M. Jérôme DURAND", segments[2].Text, StringComparison.Ordinal);

        // Character ranges point back into the page's text.
        var part = Assert.Single(segments[1].Parts);
        Assert.Equal(segments[1].Text, text[part.Span.Start..part.Span.End]);
        Assert.True(segments[0].Parts[0].Span.End <= part.Span.Start);
        Assert.True(part.Span.End <= segments[2].Parts[0].Span.Start);
    }

    [Fact]
    public void Split_LetterFollowedByAct_TwoSegments()
    {
        var document = TestDocuments.Native(
            SampleActs.Text(SampleActs.Letter("Mme Claire DUPONT")),
            SampleActs.Text(SampleActs.AvancementEchelon("2026-020", "Mme Claire DUPONT")));

        var segments = _splitter.Split(document);

        Assert.Equal([[1], [2]], segments.Select(s => s.Pages.ToArray()));
        Assert.Contains("Je vous prie d'agréer", segments[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("RÉPUBLIQUE FRANÇAISE", segments[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_LetterThenActOnTheSamePage_SplitsAtTheActHeader()
    {
        var text = SampleActs.Text(SampleActs.Letter("M. Paul LEROY")) + "\n\n" + SampleActs.Text(SampleActs.AvancementEchelon("2026-021", "M. Paul LEROY"));

        var segments = _splitter.Split(TestDocuments.Native(text));

        Assert.Equal(2, segments.Count);
        Assert.EndsWith("Nicolas MARTIN", segments[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("RÉPUBLIQUE FRANÇAISE\nCOMMUNE DE SAINT-PAIR-SUR-MER", segments[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_TitleWordsInsideAnOpenAct_DoNotSplit()
    {
        string[] act =
        [
            "COMMUNE DE GRANVILLE",
            "CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE",
            "Article 1 : objet du contrat.",
            "Article 2 : durée.",
            "CONTRAT DE TRAVAIL (suite)",
            "Article 3 : le présent contrat est conclu pour six mois.",
            "Arrêté n° 2026-5 du 2 janvier 2026 portant création de l'emploi, visé ci-dessus.",
            "COMMUNE DE GRANVILLE",
            "Article 4 : rémunération.",
            "Fait à Granville, le 3 mars 2026",
        ];

        var segments = _splitter.Split(TestDocuments.Native(SampleActs.Text(act)));

        Assert.Single(segments);
    }

    [Fact]
    public void Split_ActTitleRepeatedAtTopOfItsSecondPage_StaysOneAct()
    {
        string[] page1 = ["ARRÊTÉ N° 2026-030", "portant titularisation", "Vu le code général de la fonction publique,", "Considérant que le stage a été accompli,", "ARRÊTE :", "Article 1er : M. Loïc HÉBERT est titularisé."];
        string[] page2 = ["ARRÊTÉ N° 2026-030 (suite)", "Article 2 : ampliation.", "Fait à Avranches, le 4 mai 2026"];

        var segments = _splitter.Split(TestDocuments.Native(SampleActs.Text(page1), SampleActs.Text(page2)));

        Assert.Equal([1, 2], Assert.Single(segments).Pages);
    }

    [Fact]
    public void Split_SirhExportWithoutSignatureBlocks_SplitsOnNewActNumberAtPageTop()
    {
        string[] Act(string number) =>
            [$"ARRETE N° {number}", "PORTANT AVANCEMENT D'ECHELON", "Le Maire,", "Vu le code general de la fonction publique,", "ARRETE :", "Article 1 : avancement au 4e echelon."];

        var segments = _splitter.Split(TestDocuments.Native(SampleActs.Text(Act("2026-101")), SampleActs.Text(Act("2026-102")), SampleActs.Text(Act("2026-103"))));

        Assert.Equal([[1], [2], [3]], segments.Select(s => s.Pages.ToArray()));
    }

    [Fact]
    public void Split_EmptyPageBetweenActs_StaysWithThePreviousAct()
    {
        var document = TestDocuments.Native(
            SampleActs.Text(SampleActs.AvancementEchelon("2026-040", "Mme Hélène GUÉRIN")),
            string.Empty,
            SampleActs.Text(SampleActs.AvancementEchelon("2026-041", "M. François MARTIN")));

        var segments = _splitter.Split(document);

        Assert.Equal([[1, 2], [3]], segments.Select(s => s.Pages.ToArray()));
        Assert.Equal(new TextSpan(0, 0), segments[0].Parts[1].Span);
    }

    [Fact]
    public void Split_DocumentWithoutText_OneSegment()
    {
        var segments = _splitter.Split(TestDocuments.Native(string.Empty));

        var segment = Assert.Single(segments);
        Assert.Equal([1], segment.Pages);
        Assert.Equal(string.Empty, segment.Text);
    }

    [Fact]
    public void Split_CollectiviteHeaderAtPageTopAfterClosedAct_StartsNewActWithoutTitle()
    {
        string[] second = ["COMMUNE DE COUTANCES", "Le Maire de Coutances,", "Vu la demande de l'agent,", "Article 1 : un temps partiel à 80 % est accordé.", "Fait à Coutances, le 2 juin 2026"];

        var segments = _splitter.Split(TestDocuments.Native(SampleActs.Text(SampleActs.AvancementEchelon("2026-050", "M. Paul LEROY")), SampleActs.Text(second)));

        Assert.Equal([[1], [2]], segments.Select(s => s.Pages.ToArray()));
    }

    [Fact]
    public void Split_RunningHeaderNamingTheCollectivite_IsIgnored()
    {
        const string header = "COMMUNE DE GRANVILLE";
        string[] bodies =
        [
            "ARRÊTÉ N° 2026-060\nportant détachement\nVu le code général de la fonction publique,\nARRÊTE :\nArticle 1 : détachement.",
            "Article 2 : durée de trois ans.\nFait à Granville, le 1er avril 2026\nLe Maire,",
            "Notifié le 3 avril 2026\nSignature de l'agent",
        ];
        var pages = bodies.Select((body, i) => new DocumentPage(i + 1, header + "\n" + body, TextOrigin.TextLayer) { HeaderFooter = [new TextSpan(0, header.Length)] }).ToArray();
        var document = new DocumentContent("liasse.pdf", "0", "pdf", pages);

        var segments = _splitter.Split(document);

        Assert.Equal([1, 2, 3], Assert.Single(segments).Pages);
    }

    [Fact]
    public void Split_RealPdfBundle_ReadThenSplit()
    {
        var pdf = new TestPdfBuilder()
            .Page(SampleActs.AvancementEchelonPage1("2026-070", "Mme Claire DUPONT"))
            .Page(SampleActs.AvancementEchelonPage2())
            .Page(SampleActs.ContratDureeDeterminee("M. Loïc HÉBERT"))
            .Page(SampleActs.AvancementEchelon("2026-071", "M. Paul LEROY"))
            .Build();
        var document = new PdfDocumentReader(TestDocuments.Options()).Read(new DocumentInput("liasse.pdf", pdf), TestContext.Current.CancellationToken);

        var segments = _splitter.Split(document);

        Assert.Equal([[1, 2], [3], [4]], segments.Select(s => s.Pages.ToArray()));
        var (page, offset) = segments[0].Locate(segments[0].Text.IndexOf("Fait à", StringComparison.Ordinal));
        Assert.Equal(2, page);
        Assert.StartsWith("Fait à Saint-Pair-sur-Mer", document.Pages[1].Text[offset..], StringComparison.Ordinal);
    }
}
