using System.Text.RegularExpressions;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>
/// The parts of an act's text: the visas and considérants (before "ARRÊTE"), the dispositif (the articles) and the
/// "Fait à …, le …" line. Offsets are in the segment text.
/// </summary>
internal sealed partial class ActLayout
{
    private ActLayout(int visasStart, int dispositifStart, TextLine? faitLine)
    {
        VisasStart = visasStart;
        DispositifStart = dispositifStart;
        FaitLine = faitLine;
    }

    /// <summary>Start of the first "Vu" or "Considérant" line (or 0).</summary>
    public int VisasStart { get; }

    /// <summary>Start of the decision ("ARRÊTE", "il a été convenu", or the first article); 0 when none is found.</summary>
    public int DispositifStart { get; }

    /// <summary>The last "Fait à …, le …" line, or null.</summary>
    public TextLine? FaitLine { get; }

    /// <summary>End of the articles: the "Fait à" line when it follows them, else the end of the text.</summary>
    public int DispositifEnd(string text) =>
        FaitLine is { } fait && fait.Start >= DispositifStart ? fait.Start : text.Length;

    public static ActLayout Of(string text)
    {
        var dispositif = DispositifRegex().Match(text);
        var dispositifStart = dispositif.Success ? dispositif.Index : (FirstArticleRegex().Match(text) is { Success: true } a ? a.Index : 0);
        var visa = VisaLineRegex().Match(text);
        var visasStart = visa.Success && (dispositifStart == 0 || visa.Index < dispositifStart) ? visa.Index : 0;

        // The last "Fait à …" line; without one, the last "Saint-Lô, le …" line after the articles.
        TextLine? fait = null;
        for (var match = FaitRegex().Match(text); match.Success; match = match.NextMatch())
        {
            fait = TextLines.Around(text, match.Index);
        }

        if (fait is null)
        {
            for (var match = PlaceDateRegex().Match(text, dispositifStart); match.Success; match = match.NextMatch())
            {
                fait = TextLines.Around(text, match.Index);
            }
        }

        return new ActLayout(visasStart, dispositifStart, fait);
    }

    /// <summary>
    /// True when the line cites a legal text ("Vu le décret n° 2016-596 … de catégorie C", "– Code général…"), whose
    /// title may name other grades or catégories than the agent's.
    /// </summary>
    public static bool IsLegalTextCitation(string text, TextLine line) => LegalTextRegex().IsMatch(text.AsSpan(line.Start, line.Length));

    [GeneratedRegex(@"^[ \t]*(?:A[ \t]?R[ \t]?R[ \t]?[ÊE][ \t]?T[ \t]?(?:E|ONS)|D[ \t]?[ÉE][ \t]?C[ \t]?I[ \t]?D[ \t]?E|D[ÉE]CR[ÈE]TE)[ \t]*:?[ \t]*$|\b(?:arr[êe]te|d[ée]cide)[ \t]*:[ \t]*$|(?:il\s+a\s+[ée]t[ée]|il\s+est|est)\s+convenu\s+(?:et\s+arr[êe]t[ée]\s+)?ce\s+qui\s+suit|conviennent\s+de\s+ce\s+qui\s+suit", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DispositifRegex();

    [GeneratedRegex(@"^[ \t]*Art(?:icle|\.)\s*(?:1(?:er)?|premier|I)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstArticleRegex();

    [GeneratedRegex(@"^[ \t]*(?:Vu|Consid[ée]rant|Visas\s*:)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisaLineRegex();

    [GeneratedRegex(@"^[ \t]*(?:Vu[ \t]+|[–—•-][ \t]*)?(?:(?:le|la|les|l['’])[ \t]*)?(?:code|d[ée]cret|loi|ordonnance|circulaire|articles?\s+[LR]\.?\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalTextRegex();

    /// <summary>"Saint-Pair-sur-Mer, le 12 février 2026" alone on its line (no "Fait").</summary>
    [GeneratedRegex(@"^[ \t]*(?!Vu\b|Article\b|Art\.)[A-ZÀ-Ý][\w'’\- ]{1,60},[ \t]*le\b[^\n]{0,40}$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceDateRegex();

    [GeneratedRegex(@"^[ \t]*(?:fait|donn[ée])[ \t]+(?:[àa]|le|en|au)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaitRegex();
}
