using System.Text.RegularExpressions;
using Vigie.Acts.Referentiels.Legal;

namespace Vigie.Acts.Rules.Visas;

/// <summary>How each prerequisite of <c>Legal/prealables.json</c> is written in an act, and its French label.</summary>
internal static partial class PrerequisiteMentions
{
    public static bool IsCited(string id, string text) => id switch
    {
        PrealablesRequis.Deliberation => DeliberationRegex().IsMatch(text),
        PrealablesRequis.DeclarationVacance => VacanceRegex().IsMatch(text),
        PrealablesRequis.ListeAptitude => ListeAptitudeRegex().IsMatch(text),
        PrealablesRequis.TableauAvancement => TableauRegex().IsMatch(text),
        _ => true,
    };

    public static string Label(string id) => id switch
    {
        PrealablesRequis.Deliberation => "la délibération créant l'emploi (ou le tableau des effectifs)",
        PrealablesRequis.DeclarationVacance => "la déclaration de vacance d'emploi transmise au centre de gestion",
        PrealablesRequis.ListeAptitude => "la liste d'aptitude",
        PrealablesRequis.TableauAvancement => "le tableau annuel d'avancement de grade",
        _ => id,
    };

    [GeneratedRegex(@"d[ée]lib[ée]ration|tableau\s+des\s+(?:effectifs|emplois)|cr[ée]ation\s+(?:de\s+l['’]|d['’]un\s+|du\s+)?(?:emploi|poste)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeliberationRegex();

    [GeneratedRegex(@"d[ée]claration\s+(?:de\s+)?vacance|\bDVE\b|avis\s+de\s+vacance|vacance\s+(?:de\s+poste|d['’]emploi)\s+(?:n\s?[°ºo]|publi|d[ée]clar|enregistr|transmis)|publicit[ée]\s+(?:de\s+la\s+)?vacance|(?:d[ée]clar[ée]e?|publi[ée]e?)\s+(?:au|aupr[èe]s\s+du)\s+centre\s+de\s+gestion", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VacanceRegex();

    [GeneratedRegex(@"liste\s+d['’]\s*aptitude", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListeAptitudeRegex();

    [GeneratedRegex(@"tableau\s+(?:annuel\s+)?d['’]\s*avancement", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableauRegex();
}
