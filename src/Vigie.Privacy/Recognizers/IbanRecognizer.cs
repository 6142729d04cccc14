using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Bank accounts: IBAN (any country, ISO 13616 mod-97 check, with or without spaces; French IBANs also carry a
/// RIB key) and French RIB "banque guichet compte clé" (RIB key check).
/// </summary>
public sealed partial class IbanRecognizer : IPiiRecognizer
{
    public string Name => "iban";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        Span<char> compact = stackalloc char[40];
        foreach (var match in IbanPattern().EnumerateMatches(text))
        {
            // The pattern may run into a following group of letters or digits: shorten by groups until valid.
            var end = match.Index + match.Length;
            while (end > match.Index + 15)
            {
                var length = Compact(text.AsSpan(match.Index, end - match.Index), compact);
                if (length > 0 && Checksums.IsValidIban(compact[..length])
                    && (compact[..2] is not "FR" || Checksums.IsValidRib(compact.Slice(4, 5), compact.Slice(9, 5), compact.Slice(14, 11), compact.Slice(25, 2))))
                {
                    output.Add(new PiiSpan(match.Index, end, PiiType.Iban, 0.99, new string(compact[..length])));
                    break;
                }

                var cut = text.LastIndexOf(' ', end - 1, end - match.Index);
                if (cut <= match.Index)
                {
                    break;
                }

                end = cut;
            }
        }

        foreach (Match match in RibPattern().Matches(text))
        {
            if (Checksums.IsValidRib(match.Groups["b"].ValueSpan, match.Groups["g"].ValueSpan, match.Groups["c"].ValueSpan, match.Groups["k"].ValueSpan))
            {
                output.Add(new PiiSpan(match.Index, match.Index + match.Length, PiiType.Iban, 0.95, DigitKey.Of(match.ValueSpan)));
            }
        }
    }

    private static int Compact(ReadOnlySpan<char> value, Span<char> destination)
    {
        var length = 0;
        foreach (var ch in value)
        {
            if (ch is ' ' or '\u00A0' or '-')
            {
                continue;
            }

            if (length == destination.Length)
            {
                return 0;
            }

            destination[length++] = char.ToUpperInvariant(ch);
        }

        return length;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \u00A0-]?[A-Z0-9]{4}){2,7}(?:[ \u00A0-]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IbanPattern();

    [GeneratedRegex(@"(?<![\w])(?<b>\d{5})[ \u00A0-]?(?<g>\d{5})[ \u00A0-]?(?<c>[0-9A-Z]{11})[ \u00A0-]?(?<k>\d{2})(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex RibPattern();
}
