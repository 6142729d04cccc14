using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Dates;

/// <summary>
/// DATE_INCOHERENTE: impossible or contradictory dates — a date that does not exist (31 février), an end before the
/// start, a signature before the request it answers, a date d'effet far from any plausible range of the signature,
/// a birth date after the act.
/// </summary>
internal sealed partial class DateIncoherenteRule : ActRule
{
    /// <summary>Beyond these gaps between signature and effect, a date is a typing error rather than a decision.</summary>
    private const int MaxYearsBefore = 5;
    private const int MaxYearsAfter = 2;

    public override string Code => AnomalyCodes.DateIncoherente;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "—";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            yield break;
        }

        var text = act.Segment.Text;
        foreach (var mention in FrenchDates.FindAll(text))
        {
            if (!mention.IsValid && !mention.ShortYear)
            {
                var written = text.Substring(mention.Index, mention.Length);
                yield return Anomaly($"La date « {written} » n'existe pas dans le calendrier.", ActEvidence.FromSegment(act.Segment, mention.Index, mention.End));
            }
        }

        var fields = act.Fields;
        var start = fields.DateDebut ?? fields.DateEffet;
        if (start is { } s && fields.DateFin is { } end && end < s)
        {
            yield return Anomaly(
                $"La date de fin ({FrenchDates.Format(end)}) précède la date de début ({FrenchDates.Format(s)}).",
                ActEvidence.ForField(act, "date_fin") ?? ActEvidence.ForField(act, "date_debut"));
        }

        var signature = ActDates.Signature(act);
        if (signature is not { } signed)
        {
            yield break;
        }

        for (var request = RequestRegex().Match(text); request.Success; request = request.NextMatch())
        {
            if (FrenchDates.At(text, request.Index + request.Length) is { Date: { } asked } mention && asked > signed)
            {
                yield return Anomaly(
                    $"L'acte, signé le {FrenchDates.Format(signed)}, répond à une demande datée du {FrenchDates.Format(asked)}, postérieure à sa signature.",
                    ActEvidence.FromSegment(act.Segment, request.Index, mention.End));
                break;
            }
        }

        if (ActDates.Effect(act) is { } effect
            && (effect < signed.AddYears(-MaxYearsBefore) || effect > signed.AddYears(MaxYearsAfter)))
        {
            yield return Anomaly(
                $"La date d'effet ({FrenchDates.Format(effect)}) est invraisemblable au regard de la date de signature ({FrenchDates.Format(signed)}) : vérifier l'année.",
                ActDates.EffectEvidence(act) ?? ActDates.SignatureEvidence(act));
        }

        if (fields.DateNaissanceAgent is { } birth && birth >= signed)
        {
            yield return Anomaly(
                $"La date de naissance de l'agent ({FrenchDates.Format(birth)}) est postérieure à la signature de l'acte ({FrenchDates.Format(signed)}).",
                ActEvidence.ForField(act, "date_naissance_agent"));
        }
    }

    /// <summary>"Vu la demande de l'agent en date du", "sa demande du" (not "demande de disponibilité du … au …").</summary>
    [GeneratedRegex(@"\bdemande\s+(?:[^;\n]{0,160}?\s)?(?:en\s+date\s+du|dat[ée]e\s+du|re[çc]ue\s+le)\s+|\bdemande\s+du\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RequestRegex();
}
