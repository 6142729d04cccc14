using System.Text;
using System.Text.RegularExpressions;
using Vigie.Documents.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Documents.Reading;

/// <summary>
/// Finds running headers and footers: lines in a page margin that repeat on most pages (numbers ignored, so
/// "Page 2/5" matches "Page 3/5"), and bare page numbers. Act titles, "Fait à …" lines and signatory lines
/// ("Le Maire,") never count: in a bundle every act starts with "ARRÊTÉ N° …" and ends with a signature, and
/// the splitter and the field extractors need to see them.
/// </summary>
internal static partial class RunningLineDetector
{
    public static IReadOnlyList<TextSpan>[] Detect(IReadOnlyList<PageLayout> pages)
    {
        var result = new IReadOnlyList<TextSpan>[pages.Count];
        var pagesWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string?[pages.Count][];
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p].Lines;
            keys[p] = new string?[lines.Count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Zone == LineZone.Body)
                {
                    continue;
                }

                var key = Key(pages[p].Text.AsSpan(lines[i].Span.Start, lines[i].Span.Length));
                keys[p][i] = key;
                if (key.Length > 0 && seen.Add(key))
                {
                    pagesWithKey[key] = pagesWithKey.GetValueOrDefault(key) + 1;
                }
            }
        }

        var threshold = pages.Count >= 2 ? Math.Max(2, (pages.Count + 1) / 2) : int.MaxValue;
        for (var p = 0; p < pages.Count; p++)
        {
            List<TextSpan>? spans = null;
            var lines = pages[p].Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var key = keys[p][i];
                if (string.IsNullOrEmpty(key))
                {
                    continue;
                }

                var text = pages[p].Text.AsSpan(lines[i].Span.Start, lines[i].Span.Length);
                var running = PageNumberRegex().IsMatch(key)
                    || (pagesWithKey[key] >= threshold && !IsActContent(text));
                if (running)
                {
                    (spans ??= []).Add(lines[i].Span);
                }
            }

            result[p] = spans is null ? [] : spans;
        }

        return result;
    }

    private static bool IsActContent(ReadOnlySpan<char> line) =>
        ActCueClassifier.Classify(line) is ActCue.Title or ActCue.Closing || SignatoryRegex().IsMatch(ActCueClassifier.Fold(line));

    /// <summary>Lower case, every run of digits as one '#', spaces collapsed.</summary>
    private static string Key(ReadOnlySpan<char> line)
    {
        var builder = new StringBuilder(line.Length);
        var last = ' ';
        foreach (var raw in line)
        {
            var c = char.IsDigit(raw) ? '#' : char.IsWhiteSpace(raw) ? ' ' : char.ToLowerInvariant(raw);
            if ((c == '#' || c == ' ') && c == last)
            {
                continue;
            }

            builder.Append(c);
            last = c;
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"^(POUR\s+(LE|LA)\s+|(LE|LA|L')\s*)(MAIRE|PRESIDENTE?|ADJOINTE?|DIRECTEUR|DIRECTRICE|VICE-PRESIDENTE?|AGENT|INTERESSEE?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SignatoryRegex();

    [GeneratedRegex(@"^((page|p\.)\s*)?#(\s*(/|sur|de)\s*#)?$|^[-–—]\s*#\s*[-–—]$", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumberRegex();
}
