using Vigie.Acts.Classification;
using Vigie.Acts.Extraction;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Communes;
using Vigie.Acts.Referentiels.Concordance;
using Vigie.Acts.Referentiels.Grades;
using Vigie.Acts.Referentiels.Prenoms;
using Vigie.Acts.Referentiels.Tribunaux;
using Vigie.Documents.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Tests;

/// <summary>One analyzer for the classification and extraction tests (the referentials load once), and act builders.</summary>
internal static class ClassificationTestAnalyzer
{
    private static readonly Lazy<ActAnalyzer> Shared = new(() => new ActAnalyzer(
        new ActClassifier(),
        new FieldExtractor(Communes, Grades, Prenoms, TribunauxAdministratifs.LoadEmbedded(), BaseLegaleConcordance.LoadEmbedded())));

    private static readonly Lazy<CommuneDirectory> SharedCommunes = new(CommuneDirectory.LoadEmbedded);
    private static readonly Lazy<GradeCatalog> SharedGrades = new(GradeCatalog.LoadEmbedded);
    private static readonly Lazy<PrenomDirectory> SharedPrenoms = new(PrenomDirectory.LoadEmbedded);

    public static ActAnalyzer Analyzer => Shared.Value;

    public static CommuneDirectory Communes => SharedCommunes.Value;

    public static GradeCatalog Grades => SharedGrades.Value;

    public static PrenomDirectory Prenoms => SharedPrenoms.Value;

    /// <summary>Analyses one act made of the given pages (a page per string).</summary>
    public static AnalyzedAct Analyze(params string[] pages) => Analyzer.Analyze(Segment(pages));

    /// <summary>A segment covering all the text of a document made of the given pages.</summary>
    public static ActSegment Segment(params string[] pages)
    {
        var documentPages = pages
            .Select((text, i) => new DocumentPage(i + 1, text.Replace("\r\n", "\n", StringComparison.Ordinal), TextOrigin.Native))
            .ToList();
        var document = new DocumentContent("test.txt", new string('0', 64), "txt", documentPages);
        var parts = documentPages.Select(p => new SegmentPart(p.Number, new TextSpan(0, p.Text.Length))).ToList();
        return new ActSegment(document, parts);
    }

    public static ActText Text(params string[] pages) => new(Segment(pages));
}
