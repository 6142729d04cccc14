using System.Text.RegularExpressions;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Tells an organisation's contact details (a mairie's letterhead, a service's switchboard) from a person's:
/// the former are not personal data. A person cue on the same lines wins.
/// </summary>
internal static partial class OrganisationContext
{
    /// <summary>True when the lines before <paramref name="position"/> name an organisation and no person.</summary>
    public static bool IsOrganisation(string text, int position, int previousLines)
    {
        var window = ContextWindow.BlockBefore(text, position, previousLines);
        return OrganisationCue().IsMatch(window) && !PersonCue().IsMatch(window);
    }

    /// <summary>True when the text names a person or a private address ("demeurant", "M.", "Mme"…).</summary>
    public static bool HasPersonCue(ReadOnlySpan<char> window) => PersonCue().IsMatch(window);

    [GeneratedRegex(@"\b(?:mairie|h[ôo]tel\s+de\s+ville|commune\s+d|ville\s+d|centre\s+de\s+gestion|CDG\s*\d|conseil\s+(?:d[ée]partemental|r[ée]gional|municipal)|d[ée]partement\s+d|r[ée]gion\s+|pr[ée]fecture|sous-pr[ée]fecture|communaut[ée]\s+(?:de\s+communes|d'agglom[ée]ration|urbaine)|m[ée]tropole|syndicat|SIVU|SIVOM|CCAS|CIAS|SDIS|EHPAD|soci[ée]t[ée]|SARL|SASU?|EURL|\bSA\b|SCI|entreprise|association|si[èe]ge|tribunal|tr[ée]sorerie|caisse|URSSAF|CNRACL|IRCANTEC|CAF\b|CPAM|p[ôo]le\s+emploi|france\s+travail|agence|minist[èe]re|direction|standard|accueil|h[ôo]pital|clinique|CHU\b|universit[ée]|[ée]cole|coll[èe]ge|lyc[ée]e|cabinet|[ée]tude\s+de|notaires?\b|banque|assurance|mutuelle|service\s+public|services?\b|office|institut|fondation|La\s+Poste|DILA|CNIL|d[ée]fenseur\s+des\s+droits|\bsalle\s|gymnase|m[ée]diath[èe]que|espace\s+[A-ZÉ])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationCue();

    [GeneratedRegex(@"(?:\bM\.\s|\bMme\b|\bMlle\b|\bMadame\s+[A-ZÉ][a-zé]|\bMonsieur\s+[A-ZÉ][a-zé]|\bMadame\s+[A-Z]{2}|\bMonsieur\s+[A-Z]{2}|demeurant|domicili|r[ée]sidant|habitant|adresse\s+personnelle|domicile|portable|mobile|personnel)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonCue();
}
