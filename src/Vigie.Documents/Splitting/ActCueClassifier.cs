using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Documents.Splitting;

/// <summary>
/// Classifies one line of text as an act boundary cue. Lines are folded first (upper case, no accents,
/// straight apostrophes) so house styles and OCR noise ("ARRETE N0 12", "Arrêté n°") read alike.
/// </summary>
internal static partial class ActCueClassifier
{
    private const int MaxTitleLength = 160;
    private const int MaxHeaderLength = 90;

    public static ActCue Classify(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 4 || !char.IsLetter(trimmed[0]))
        {
            return ActCue.None;
        }

        var folded = Fold(trimmed);
        if (IsTitle(trimmed, folded))
        {
            return ActCue.Title;
        }

        // A header or title line starts with a capital; a lower-case start is a wrapped sentence.
        if (char.IsUpper(trimmed[0]) && trimmed.Length <= MaxHeaderLength && CollectiviteRegex().IsMatch(folded))
        {
            return ActCue.Collectivite;
        }

        return ClosingRegex().IsMatch(folded) ? ActCue.Closing : ActCue.None;
    }

    public static bool IsTitle(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 4 && char.IsLetter(trimmed[0]) && IsTitle(trimmed, Fold(trimmed));
    }

    /// <summary>Upper case, accents removed, typographic apostrophes and spaces made plain, spaces collapsed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var decomposed = text.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var mapped = c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
                '\u00A0' or '\u202F' or '\t' => ' ',
                'º' => '°',
                _ => char.ToUpperInvariant(c),
            };
            if (mapped == ' ')
            {
                if (lastWasSpace)
                {
                    continue;
                }

                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }

            builder.Append(mapped);
        }

        return builder.ToString().Trim();
    }

    private static bool IsTitle(ReadOnlySpan<char> original, string folded)
    {
        // Titles start with a capital: "arrêté n° 12 du…" at a line start is a wrapped visa, not a title.
        if (!char.IsUpper(original[0]) || original.Length > MaxTitleLength)
        {
            return false;
        }

        if (ArreteTitleRegex().IsMatch(folded))
        {
            return true;
        }

        // "ARRÊTÉ" alone is a title; "ARRÊTE :" alone is the decision keyword before the articles.
        if (folded is "ARRETE" && (original.EndsWith("É", StringComparison.Ordinal) || original.EndsWith("é", StringComparison.Ordinal)))
        {
            return true;
        }

        if (ContractTitleRegex().IsMatch(folded))
        {
            var endsLikeSentence = folded.EndsWith(',') || folded.EndsWith(';');
            var allCapsWord = original.Length >= 7 && original[..7].ToString() == original[..7].ToString().ToUpperInvariant();
            return !endsLikeSentence && (allCapsWord || ContractKindRegex().IsMatch(folded));
        }

        return AvenantTitleRegex().IsMatch(folded);
    }

    // "ARRÊTÉ N° 12", "ARRETE N0 12", "Arrêté n°2026-5", "ARRÊTÉ DU MAIRE", "ARRÊTÉ PORTANT…", "ARRÊTÉ MUNICIPAL".
    [GeneratedRegex(@"^ARRETES?\s*(N\s*[°O0*.:]|NO\b|NUMERO|N\s+\d|DU\s+(MAIRE|PRESIDENT)|PORTANT\b|MUNICIPAL|INDIVIDUEL|PRESIDENTIEL|DE\s+(NOMINATION|TITULARISATION|MISE|RECRUTEMENT)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ArreteTitleRegex();

    [GeneratedRegex(@"^CONTRAT\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContractTitleRegex();

    [GeneratedRegex(@"^CONTRAT\s+(DE\s+TRAVAIL|A\s+DUREE|D'ENGAGEMENT|DE\s+RECRUTEMENT|D'AGENT|DE\s+PROJET|DE\s+DROIT\s+PUBLIC|N\s*[°O0])", RegexOptions.CultureInvariant)]
    private static partial Regex ContractKindRegex();

    [GeneratedRegex(@"^AVENANT\s*(N\s*[°O0]|NO\b|AU\s+CONTRAT)", RegexOptions.CultureInvariant)]
    private static partial Regex AvenantTitleRegex();

    [GeneratedRegex(@"^(REPUBLIQUE\s+FRANCAISE|(COMMUNE|MAIRIE|VILLE|DEPARTEMENT|PREFECTURE)\s+(DE|DU|DES|D')|REGION\s|COMMUNAUTE\s+(DE|D')|CENTRE\s+COMMUNAL|CCAS\b|CIAS\b|SYNDICAT\s|CONSEIL\s+(DEPARTEMENTAL|REGIONAL|GENERAL)|CENTRE\s+DE\s+GESTION|METROPOLE\s|ETABLISSEMENT\s+PUBLIC)", RegexOptions.CultureInvariant)]
    private static partial Regex CollectiviteRegex();

    [GeneratedRegex(@"^(FAIT\s+(A|AU|EN|LE)\b|NOTIFIEE?\s+(LE|A|AU)\b|RECU\s+NOTIFICATION|NOTIFICATION\s+(FAITE|REMISE|RECUE)|(VEUILLEZ|JE\s+VOUS\s+PRIE\s+D'|NOUS\s+VOUS\s+PRIONS\s+D').*AGREER|POUR\s+AMPLIATION)", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingRegex();
}
