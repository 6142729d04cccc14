using System.Text.RegularExpressions;
using Vigie.Acts.Referentiels;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Agent;

/// <summary>Finds the persons an act names with a civilité ("Mme Claire DUPONT", "Monsieur DUPONT Jean", "M. DUPONT").</summary>
internal static partial class AgentMentions
{
    public static List<AgentMention> Find(string text)
    {
        var mentions = new List<AgentMention>();
        for (var match = CivilityNameRegex().Match(text); match.Success; match = match.NextMatch())
        {
            var nom = match.Groups["n"].Value;
            if (PersonNames.IsNotName(nom.Split(' ', '\t')[0]))
            {
                continue; // "M. LE MAIRE"
            }

            var prenom = match.Groups["p"].Success && !PersonNames.IsNotName(match.Groups["p"].Value) ? match.Groups["p"].Value : null;
            var civilite = TextFolding.Fold(match.Groups["c"].Value);
            var feminine = civilite.StartsWith("mme", StringComparison.Ordinal) || civilite.StartsWith("mad", StringComparison.Ordinal)
                || civilite.StartsWith("mlle", StringComparison.Ordinal);
            mentions.Add(new AgentMention(feminine, prenom, nom, match.Index, match.Length));
        }

        return mentions;
    }

    private const string Upper = "A-ZÀ-ÖØ-Þ";
    private const string Lower = "a-zß-öø-ÿ";

    /// <summary>Letters of a surname after its first; a scan may read an O as 0 or an I as 1.</summary>
    private const string SurnameTail = "[" + Upper + @"0-9'’\-]+";

    [GeneratedRegex(@"\b(?<c>M\.|Mr\.?|Mme\.?|Mlle\.?|Monsieur|Madame|Mademoiselle)[ \t]+(?:(?<p>[" + Upper + "][" + Lower + "]+(?:-[" + Upper + "][" + Lower + "]+)?)[ \t]+(?<n>[" + Upper + "]" + SurnameTail + "(?:[ \t][" + Upper + "]" + SurnameTail + ")*)(?![" + Lower + "])|(?<n>[" + Upper + "]" + SurnameTail + "(?:[ \t][" + Upper + "]" + SurnameTail + ")*)(?![" + Lower + "])(?:[ \t]+(?<p>[" + Upper + "][" + Lower + "]+(?:-[" + Upper + "][" + Lower + "]+)?))?)")]
    private static partial Regex CivilityNameRegex();
}
