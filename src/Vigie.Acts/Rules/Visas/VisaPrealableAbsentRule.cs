using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Contrats;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Visas;

/// <summary>
/// VISA_PREALABLE_ABSENT: a prerequisite the type requires is not cited — délibération and déclaration de vacance
/// (nomination stagiaire, mutation, contract on L. 332-8 2° or L. 332-14), liste d'aptitude (promotion interne;
/// nomination on a concours grade), tableau d'avancement (avancement de grade). Requirements: <c>Legal/prealables.json</c>.
/// </summary>
internal sealed class VisaPrealableAbsentRule(PrealablesRequis prealables) : ActRule
{
    public override string Code => AnomalyCodes.VisaPrealableAbsent;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CGFP L. 313-1, L. 313-4, L. 325-39, L. 522-26";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        var baseLegale = act.Type == ActType.Contrat ? ContractBasisReader.Read(act)?.Normalized : null;
        var required = (prealables.For(act.Type, baseLegale)?.Prealables ?? []).ToList();
        var text = act.Segment.Text;
        if (act.Type == ActType.NominationStagiaire)
        {
            if (act.Fields.Grade is { Length: > 0 } grade)
            {
                if (prealables.IsConcoursGrade(grade))
                {
                    required.Add(PrealablesRequis.ListeAptitude);
                }
            }
            else if (!PrerequisiteMentions.IsCited(PrealablesRequis.ListeAptitude, text))
            {
                act.AddNote("Grade introuvable : la nécessité d'une liste d'aptitude pour cette nomination n'a pas pu être contrôlée.");
            }
        }

        var missing = required.Where(id => !PrerequisiteMentions.IsCited(id, text)).Select(PrerequisiteMentions.Label).ToList();
        if (missing.Count == 0)
        {
            yield break;
        }

        var what = act.Type == ActType.Contrat && baseLegale is not null
            ? $"ce contrat (article L. {baseLegale[1..]})"
            : $"cet acte ({act.Type.ToLabel().ToLowerInvariant()})";
        yield return Anomaly(
            $"Les visas ne citent pas {FrenchList.Join(missing)}, préalable{(missing.Count > 1 ? "s" : string.Empty)} obligatoire{(missing.Count > 1 ? "s" : string.Empty)} pour {what}.",
            VisasRegion(act));
    }

    /// <summary>The visas, where a prerequisite is cited (or the beginning of the act when there are none).</summary>
    internal static Evidence VisasRegion(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        var end = layout.DispositifStart > layout.VisasStart ? layout.DispositifStart : Math.Min(text.Length, layout.VisasStart + 280);
        return ActEvidence.FromSegment(act.Segment, layout.VisasStart, end);
    }
}
