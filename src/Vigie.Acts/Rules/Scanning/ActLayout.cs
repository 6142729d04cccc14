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

    /// <summary>End of the articles: the "Fait à" line when there is one, else the end of the text.</summary>
    public int DispositifEnd(string text) => FaitLine?.Start ?? text.Length;

    public static ActLayout Of(string text)
    {
        var dispositif = DispositifRegex().Match(text);
        var dispositifStart = dispositif.Success ? dispositif.Index : (FirstArticleRegex().Match(text) is { Success: true } a ? a.Index : 0);
        var visa = VisaLineRegex().Match(text);
        var visasStart = visa.Success && (dispositifStart == 0 || visa.Index < dispositifStart) ? visa.Index : 0;

        TextLine? fait = null;
        for (var match = FaitRegex().Match(text); match.Success; match = match.NextMatch())
        {
            fait = TextLines.Around(text, match.Index);
        }

        return new ActLayout(visasStart, dispositifStart, fait);
    }

    /// <summary>True when the line starts with "Vu" (a visa), where decree titles and other grades are quoted.</summary>
    public static bool IsVisaLine(string text, TextLine line) => VisaStartRegex().IsMatch(text.AsSpan(line.Start, line.Length));

    [GeneratedRegex(@"^[ \t]*(?:A[ \t]?R[ \t]?R[ \t]?[ÊE][ \t]?T[ \t]?(?:E|ONS)|D[ÉE]CIDE|D[ÉE]CR[ÈE]TE)[ \t]*:?[ \t]*$|(?:il\s+a\s+[ée]t[ée]|il\s+est|est)\s+convenu\s+(?:et\s+arr[êe]t[ée]\s+)?ce\s+qui\s+suit|conviennent\s+de\s+ce\s+qui\s+suit", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DispositifRegex();

    [GeneratedRegex(@"^[ \t]*Article\s+(?:1(?:er)?|premier|I)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FirstArticleRegex();

    [GeneratedRegex(@"^[ \t]*(?:Vu|Consid[ée]rant)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisaLineRegex();

    [GeneratedRegex(@"^[ \t]*Vu\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VisaStartRegex();

    [GeneratedRegex(@"^[ \t]*(?:fait|donn[ée])[ \t]+(?:[àa]|le|en|au)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FaitRegex();
}
