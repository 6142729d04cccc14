using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Email addresses. Role mailboxes ("contact@", "rh@", "mairie@"…) belong to an organisation, not a person, and
/// are not masked.
/// </summary>
public sealed partial class EmailRecognizer : IPiiRecognizer
{
    private static readonly FrozenSet<string> RoleMailboxes = FrozenSet.ToFrozenSet(
        [
            "contact", "contacts", "accueil", "mairie", "rh", "drh", "info", "infos", "information", "informations",
            "secretariat", "secrétariat", "service", "services", "courrier", "courriers", "noreply", "no-reply",
            "ne-pas-repondre", "nepasrepondre", "direction", "dgs", "paie", "paye", "recrutement", "recrutements",
            "comptabilite", "compta", "finances", "urbanisme", "etat-civil", "etatcivil", "communication", "presse",
            "webmaster", "admin", "administration", "support", "assistance", "cdg", "carrieres", "carriere",
            "concours", "emploi", "emplois", "juridique", "marches", "marchespublics", "dpo", "rgpd", "cnil",
            "standard", "bonjour", "hello", "formation", "formations", "social", "action-sociale", "ccas",
            "population", "elections", "cimetiere", "technique", "services-techniques", "instances", "assemblees",
            "retraite", "retraites", "sante", "prevention", "medecine", "archives", "documentation", "courrier-rh",
        ],
        StringComparer.OrdinalIgnoreCase);

    public string Name => "email";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var lookup = RoleMailboxes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in EmailPattern().EnumerateMatches(context.Text))
        {
            var value = context.Text.AsSpan(match.Index, match.Length).TrimEnd('.');
            var at = value.IndexOf('@');
            if (at <= 0 || lookup.Contains(value[..at]))
            {
                continue;
            }

            output.Add(new PiiSpan(match.Index, match.Index + value.Length, PiiType.Email, 0.99, value.ToString().ToLowerInvariant()));
        }
    }

    [GeneratedRegex(@"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![\w@])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
