using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Puts words written all in capitals ("COMMUNE DE SAINT-PAIR-SUR-MER", "L'ADJOINT DELEGUE") back in usual case,
/// restoring the accents capitals often lose on common administrative words. Text already in usual case is kept.
/// </summary>
public static class WrittenCase
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly FrozenSet<string> LowerWords = FrozenSet.ToFrozenSet(
        ["de", "du", "des", "d", "la", "le", "les", "l", "et", "sur", "sous", "en", "aux", "au", "a", "à", "lès", "les"],
        StringComparer.Ordinal);

    // Common nouns of collectivités and functions: lower case after the first word, accents restored.
    private static readonly FrozenDictionary<string, string> CommonWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["commune"] = "commune", ["communes"] = "communes", ["ville"] = "ville", ["mairie"] = "mairie",
        ["communaute"] = "communauté", ["agglomeration"] = "agglomération", ["urbaine"] = "urbaine",
        ["metropole"] = "métropole", ["centre"] = "centre", ["communal"] = "communal", ["intercommunal"] = "intercommunal",
        ["action"] = "action", ["sociale"] = "sociale", ["departement"] = "département", ["conseil"] = "conseil",
        ["departemental"] = "départemental", ["region"] = "région", ["regional"] = "régional", ["syndicat"] = "syndicat",
        ["mixte"] = "mixte", ["gestion"] = "gestion", ["fonction"] = "fonction", ["publique"] = "publique",
        ["territoriale"] = "territoriale", ["etablissement"] = "établissement", ["public"] = "public",
        ["maire"] = "maire", ["president"] = "président", ["presidente"] = "présidente", ["vice"] = "vice",
        ["adjoint"] = "adjoint", ["adjointe"] = "adjointe", ["delegue"] = "délégué", ["deleguee"] = "déléguée",
        ["directeur"] = "directeur", ["directrice"] = "directrice", ["general"] = "général", ["generale"] = "générale",
        ["services"] = "services", ["service"] = "service", ["ressources"] = "ressources", ["humaines"] = "humaines",
        ["personnel"] = "personnel", ["finances"] = "finances", ["premier"] = "premier", ["premiere"] = "première",
        ["conseiller"] = "conseiller", ["conseillere"] = "conseillère", ["municipal"] = "municipal",
        ["municipale"] = "municipale", ["secretaire"] = "secrétaire", ["pole"] = "pôle", ["administration"] = "administration",
        ["affaires"] = "affaires", ["scolaires"] = "scolaires", ["travaux"] = "travaux", ["enfance"] = "enfance",
        ["jeunesse"] = "jeunesse", ["sports"] = "sports", ["culture"] = "culture", ["urbanisme"] = "urbanisme",
        ["a"] = "à", ["charge"] = "chargé", ["chargee"] = "chargée", ["pays"] = "pays",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsCapitals(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var upper = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    /// <summary>Text in capitals put in usual case; other text returned as it is.</summary>
    public static string Usual(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IsCapitals(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var word = new StringBuilder();
        var first = true;
        foreach (var c in text + " ")
        {
            if (char.IsLetter(c))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                builder.Append(UsualWord(word.ToString(), first));
                first = false;
                word.Clear();
            }

            builder.Append(c);
        }

        return builder.ToString(0, builder.Length - 1);
    }

    /// <summary>First letter in upper case ("maire" → "Maire").</summary>
    public static string Capitalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpper(text[0], French) + text[1..];
    }

    private static string UsualWord(string word, bool first)
    {
        var lower = word.ToLower(French);
        var folded = TextNormalizer.Normalize(lower).Text;
        if (CommonWords.TryGetValue(folded, out var common))
        {
            return first ? Capitalize(common) : common;
        }

        if (!first && LowerWords.Contains(folded))
        {
            return lower;
        }

        return Capitalize(lower);
    }
}
