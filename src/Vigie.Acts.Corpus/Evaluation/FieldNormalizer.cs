using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>
/// Puts a field value in the form the evaluation compares: case, spaces, apostrophes and hyphen spacing of names do
/// not count; a grade must be the catalogue label (only case and spaces are forgiven); "L. 332-23 1°" equals
/// "L332-23 1°"; "Madame" equals "Mme"; "Mairie de X", "Ville de X" and "Commune de X" are the same collectivité, whose accents do not count.
/// </summary>
public static partial class FieldNormalizer
{
    public static string? Normalize(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Collapse(value.Replace('’', '\'').Replace('\u00A0', ' ').Trim());
        if (text.Length == 0)
        {
            return null;
        }

        switch (field)
        {
            case ContractFields.AgentCivilite:
                var civilite = text.TrimEnd('.').ToUpperInvariant();
                return civilite switch
                {
                    "MME" or "MADAME" => "Mme",
                    "M" or "MR" or "MONSIEUR" => "M.",
                    _ => civilite,
                };
            case ContractFields.Grade:
                return text.ToLowerInvariant();
            case ContractFields.Departement:
                return text.ToUpperInvariant();
            case ContractFields.BaseLegale:
                return LegalArticle().Replace(text.ToUpperInvariant(), "L$1").Replace(" ", string.Empty, StringComparison.Ordinal);
            case ContractFields.Signataire:
                return Name(LeadingArticle().Replace(text, ", "));
            case ContractFields.Collectivite:
                // "Mairie de X", "Ville de X" and "Commune de X" name the same collectivité; headers in capitals
                // often drop accents ("A VOCATION MULTIPLE"), so accents do not count here.
                return WithoutAccents(Name(CommunePrefix().Replace(text, "COMMUNE $1")));
            case ContractFields.AgentNom:
            case ContractFields.AgentPrenom:
                return Name(text);
            default:
                return text;
        }
    }

    private static string Name(string text)
    {
        var upper = text.ToUpper(CultureInfo.InvariantCulture).TrimEnd('.', ',', ';');
        return SpacedPunctuation().Replace(upper, "$1");
    }

    private static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:mairie|ville|commune)\s+(de |du |des |d')", RegexOptions.IgnoreCase)]
    private static partial Regex CommunePrefix();

    [GeneratedRegex(@"L\s*\.?\s*(\d)")]
    private static partial Regex LegalArticle();

    [GeneratedRegex(@",\s*(?:le |la |l')", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"\s*([-'])\s*")]
    private static partial Regex SpacedPunctuation();
}
