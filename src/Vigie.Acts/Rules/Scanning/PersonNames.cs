using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Vigie.Acts.Referentiels;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>
/// Finds "Prénom NOM", "NOM Prénom", "P. NOM" or "NOM" in a short piece of text (a signature line, a field), the way
/// French acts write names (surname upper-case). Words of titles and places ("LE MAIRE", "de SAINT-LÔ") are not names.
/// </summary>
internal static partial class PersonNames
{
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "le", "la", "les", "l", "de", "du", "des", "d", "et", "a", "au", "aux", "en", "pour", "par", "ordre", "p",
        "maire", "president", "presidente", "vice", "adjoint", "adjointe", "directeur", "directrice", "general",
        "generale", "generaux", "services", "service", "dgs", "dga", "drh", "rh", "ccas", "cias", "epci", "sivom", "sivu",
        "cdg", "arrete", "arretons", "article", "fait", "signe", "signee", "signature", "lu", "approuve", "bon",
        "monsieur", "madame", "mademoiselle", "mme", "mlle", "mr", "m", "commune", "ville", "mairie", "departement",
        "region", "conseil", "communaute", "syndicat", "centre", "gestion", "agent", "contractuel", "contractuelle",
        "employeur", "interesse", "interessee", "nom", "prenom", "qualite", "vu", "pj", "nb", "ps", "cgfp", "crpa",
        "cgct", "cja", "im", "ib", "tnc", "tc", "cap", "cst", "dve", "sirh", "l'agent", "secretaire", "conseiller",
        "conseillere", "municipal", "municipale", "delegue", "deleguee", "delegation", "chef", "responsable",
        "premier", "premiere", "ou", "cachet", "sceau",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every name found in [from, to) of the text, in order, without overlaps.</summary>
    public static List<PersonName> Find(string text, int from = 0, int to = -1, bool allowLoneSurname = true)
    {
        if (to < 0 || to > text.Length)
        {
            to = text.Length;
        }

        var names = new List<PersonName>();
        var taken = new List<(int Start, int End)>();
        Collect(text, PrenomNomRegex().Match(text, from, to - from), names, taken, m => (m.Groups["p"].Value, false));
        Collect(text, NomPrenomRegex().Match(text, from, to - from), names, taken, m => (m.Groups["p"].Value, false));

        // "M. MARTIN": the "M." is the civilité, not an initial.
        Collect(text, InitialNomRegex().Match(text, from, to - from), names, taken, m => m.Groups["i"].Value == "M" ? (null, false) : (m.Groups["i"].Value, true));
        if (allowLoneSurname)
        {
            Collect(text, NomRegex().Match(text, from, to - from), names, taken, _ => (null, false));
        }

        names.Sort((a, b) => a.Index.CompareTo(b.Index));
        return names;
    }

    /// <summary>True when the folded word is a title, article or place word rather than a name.</summary>
    public static bool IsNotName(string word) => NotNames.Contains(TextFolding.Fold(word).Trim('\'', '’'));

    private static void Collect(string text, Match match, List<PersonName> names, List<(int Start, int End)> taken, Func<Match, (string? Prenom, bool Initial)> prenomOf)
    {
        for (; match.Success; match = match.NextMatch())
        {
            var nom = match.Groups["n"];
            var (prenom, initial) = prenomOf(match);
            if (taken.Any(t => match.Index < t.End && t.Start < match.Index + match.Length)
                || !IsSurname(nom.Value)
                || (prenom is not null && !initial && IsNotName(prenom))
                || (prenom is null && PrecededByPlaceWord(text, match.Index)))
            {
                continue;
            }

            taken.Add((match.Index, match.Index + match.Length));
            names.Add(new PersonName(prenom, initial, nom.Value, match.Index, match.Length));
        }
    }

    /// <summary>At least one word of two letters or more that is not a title word.</summary>
    private static bool IsSurname(string nom) =>
        SurnameWordRegex().Matches(nom).Any(w => w.Length >= 2 && !IsNotName(w.Value));

    private static bool PrecededByPlaceWord(string text, int index)
    {
        var preceding = TextFolding.Fold(text[Math.Max(0, index - 4)..index]);
        return preceding.EndsWith("de ", StringComparison.Ordinal) || preceding.EndsWith("du ", StringComparison.Ordinal)
            || preceding.EndsWith("d'", StringComparison.Ordinal) || preceding.EndsWith("a ", StringComparison.Ordinal);
    }

    private const string Upper = "A-ZÀ-ÖØ-Þ";
    private const string Lower = "a-zß-öø-ÿ";
    private const string Surname = "(?<n>[" + Upper + "][" + Upper + "'’\\-]+(?:[ \\t]+[" + Upper + "][" + Upper + "'’\\-]+)*)(?![" + Lower + "])";
    private const string Prenom = "(?<p>[" + Upper + "][" + Lower + "]+(?:-[" + Upper + "][" + Lower + "]+)?)";

    [GeneratedRegex(@"\b" + Prenom + @"[ \t]+" + Surname)]
    private static partial Regex PrenomNomRegex();

    [GeneratedRegex(@"\b" + Surname + @"[ \t]+" + Prenom + @"\b")]
    private static partial Regex NomPrenomRegex();

    [GeneratedRegex(@"\b(?<i>[" + Upper + @"])\.[ \t]*(?:-?[" + Upper + @"]\.[ \t]*)?" + Surname)]
    private static partial Regex InitialNomRegex();

    [GeneratedRegex(@"\b" + Surname)]
    private static partial Regex NomRegex();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex SurnameWordRegex();
}
