using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Privacy.Pseudonymization;

/// <summary>
/// Puts the originals back into a text written elsewhere (a language model's answer) around the placeholders, which
/// may come back altered: "[personne_1]", "[ PERSONNE_1 ]", "PERSONNE_1", "[PERSONNE 1]", "\[PERSONNE\_1\]",
/// "[DATE-NAISSANCE_1]". A person's placeholder is restored with the fullest mention seen ("Claire DUPONT").
/// </summary>
public static partial class Restorer
{
    public static RestoreResult Restore(string text, PseudonymMap map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        var restored = 0;
        var unknown = new List<string>();
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match match in PlaceholderPattern().Matches(text))
        {
            var bracketed = match.Groups["open"].Success && match.Groups["close"].Success;
            if (!bracketed && !match.Groups["sep"].Value.Contains('_', StringComparison.Ordinal))
            {
                // A bare "personne 1" is ordinary text; only "PERSONNE_1" without brackets is a placeholder.
                continue;
            }

            if (!PiiTypeCodes.TryParse(match.Groups["type"].ValueSpan, out var type)
                || !int.TryParse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                continue;
            }

            builder.Append(text, position, match.Index - position);
            position = match.Index + match.Length;
            if (map.TryGetOriginal(new Placeholder(type.Value, number), out var original))
            {
                // Keep an unmatched bracket of the surrounding text, consume only a matched pair.
                builder.Append(match.Groups["open"].Success && !bracketed ? match.Groups["open"].Value : string.Empty);
                builder.Append(original);
                builder.Append(match.Groups["close"].Success && !bracketed ? match.Groups["close"].Value : string.Empty);
                restored++;
            }
            else
            {
                builder.Append(match.Value);
                unknown.Add(match.Value);
            }
        }

        builder.Append(text, position, text.Length - position);
        return new RestoreResult(builder.ToString(), restored, unknown);
    }

    [GeneratedRegex(@"(?<open>(?:\\?\[|\\?\{|\\?<|«)[ \t\u00A0]*)?(?<![\p{L}\d_])(?<type>PERSONNE|ADRESSE|NIR|IBAN|T[EÉ]L[EÉ]PHONE|EMAIL|DATE(?:\\?[_\- ]|\\_)?NAISSANCE|MATRICULE)(?<sep>\\?_|[ \-])?(?<n>\d{1,6})(?![\p{L}\d])(?<close>[ \t\u00A0]*(?:\\?\]|\\?\}|>|»))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();
}
