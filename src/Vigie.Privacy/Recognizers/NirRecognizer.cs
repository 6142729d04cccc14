using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Numéro de sécurité sociale (NIR): sex, year, month, département (2A/2B for Corsica), commune, order, key.
/// The 15-character form needs a valid key (97 − n mod 97); without a valid key, or in the 13-digit form,
/// it needs a cue nearby ("sécurité sociale", "NIR", "n° SS"…).
/// </summary>
public sealed partial class NirRecognizer : IPiiRecognizer
{
    public string Name => "nir";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        Span<char> compact = stackalloc char[15];
        foreach (var match in NirPattern().EnumerateMatches(text))
        {
            var value = text.AsSpan(match.Index, match.Length);
            var length = 0;
            foreach (var ch in value)
            {
                if (char.IsAsciiLetterOrDigit(ch) && length < compact.Length)
                {
                    compact[length++] = char.ToUpperInvariant(ch);
                }
            }

            var hasCue = NirCue().IsMatch(ContextWindow.Before(text, match.Index, 80));
            double score;
            var end = match.Index + match.Length;
            if (length == 15)
            {
                var expected = Checksums.NirKey(compact[..13]);
                var key = ((compact[13] - '0') * 10) + (compact[14] - '0');
                if (expected == key)
                {
                    score = 0.99;
                }
                else if (hasCue)
                {
                    score = 0.7;
                }
                else
                {
                    continue;
                }
            }
            else if (length == 13 && hasCue)
            {
                score = 0.85;
            }
            else
            {
                continue;
            }

            output.Add(new PiiSpan(match.Index, end, PiiType.Nir, score, new string(compact[..Math.Min(length, 13)])));
        }
    }

    // Sex, year, month (01–12, or 20–99 for unknown months), département (2 digits or 2A/2B), commune, order, optional key.
    [GeneratedRegex(@"(?<![\w.])[12378][ .\-]?\d{2}[ .\-]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .\-]?(?:\d{2}|2[ABab])[ .\-]?\d{3}[ .\-]?\d{3}(?:[ .\-]?\d{2})?(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex NirPattern();

    [GeneratedRegex(@"s[ée]curit[ée]\s+sociale|\bNIR\b|\bNSS\b|n°\s*(?:de\s+)?S\.?S\b|\bS\.S\.|\bs[ée]cu\b|\bINSEE\b|immatriculation|num[ée]ro\s+social", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NirCue();
}
