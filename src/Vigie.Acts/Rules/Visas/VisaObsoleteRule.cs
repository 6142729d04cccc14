using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Visas;

/// <summary>
/// VISA_OBSOLETE: the act cites a text or wording that is no longer in force at its date (loi 83-634 and 84-53 from
/// 1 March 2022, "comité technique" from 1 January 2023, décret 92-1194 and 2019-1414 from 1 October 2025, "agent non
/// titulaire"). The dates and replacements come from <c>Legal/changements.json</c>; only the patterns are here.
/// </summary>
internal sealed partial class VisaObsoleteRule(ChangementsJuridiques changements) : ActRule
{
    private const string Number = @"(?:n\s?[°ºo]\.?\s*|num[ée]ro\s*)?";

    public override string Code => AnomalyCodes.VisaObsolete;

    public override Severity Severity => Severity.Mineure;

    public override string LegalBasis => "ord. 2021-1574; décr. 2025-695";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe || ActDates.Reference(act) is not { } date)
        {
            yield break;
        }

        var text = act.Segment.Text;
        foreach (var (id, regex) in Patterns())
        {
            var from = changements.ObsoleteFrom(id);
            if (date < from || regex.Match(text) is not { Success: true } match)
            {
                continue;
            }

            var formule = changements.Formule(id);
            var changement = changements.Changement(formule.Changement);
            yield return Anomaly(
                $"L'acte, daté du {FrenchDates.Format(date)}, cite {formule.Libelle}, obsolète depuis le {FrenchDates.Format(from)} ({changement.Texte}) : citer à la place {formule.Remplacement}.",
                ActEvidence.FromMatch(act, match));
        }
    }

    private static IEnumerable<(string Id, Regex Regex)> Patterns()
    {
        yield return ("loi-83-634", Loi83634Regex());
        yield return ("loi-84-53", Loi8453Regex());
        yield return ("comite-technique", ComiteTechniqueRegex());
        yield return ("decret-92-1194", Decret921194Regex());
        yield return ("decret-2019-1414", Decret20191414Regex());
        yield return ("agent-non-titulaire", AgentNonTitulaireRegex());
    }

    [GeneratedRegex(@"\bloi\s+" + Number + @"83\s?[-‐‑–]\s?634\b(?:\s+du\s+13\s+juillet\s+1983)?|\bloi\s+du\s+13\s+juillet\s+1983\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Loi83634Regex();

    [GeneratedRegex(@"\bloi\s+" + Number + @"84\s?[-‐‑–]\s?53\b(?:\s+du\s+26\s+janvier\s+1984)?|\bloi\s+du\s+26\s+janvier\s+1984\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Loi8453Regex();

    [GeneratedRegex(@"\bcomit[ée]s?\s+techniques?(?:\s+paritaires?)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComiteTechniqueRegex();

    [GeneratedRegex(@"\bd[ée]cret\s+" + Number + @"92\s?[-‐‑–]\s?1194\b(?:\s+du\s+4\s+novembre\s+1992)?|\bd[ée]cret\s+du\s+4\s+novembre\s+1992\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decret921194Regex();

    [GeneratedRegex(@"\bd[ée]cret\s+" + Number + @"2019\s?[-‐‑–]\s?1414\b(?:\s+du\s+19\s+d[ée]cembre\s+2019)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decret20191414Regex();

    [GeneratedRegex(@"\bagents?\s+non[-\s]titulaires?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgentNonTitulaireRegex();
}
