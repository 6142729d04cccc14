using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// CONTRAT_MENTION: a mandatory mention of the contract is missing — date d'effet, durée, emploi, catégorie,
/// rémunération, lieu d'exercice, temps de travail (one anomaly listing all of them).
/// </summary>
internal sealed partial class ContratMentionRule(ChangementsJuridiques changements) : ActRule
{
    public override string Code => AnomalyCodes.ContratMention;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "CGFP R. 331-6 à R. 331-10";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type != ActType.Contrat)
        {
            yield break;
        }

        var fields = act.Fields;
        var text = act.Segment.Text;
        var missing = new List<string>();
        if (fields.DateEffet is null && fields.DateDebut is null && !EffetRegex().IsMatch(text))
        {
            missing.Add("la date d'effet");
        }

        if (fields.DureeMois is null && fields.DateFin is null && !DureeRegex().IsMatch(text))
        {
            missing.Add("la durée");
        }

        if (string.IsNullOrWhiteSpace(fields.Emploi) && !EmploiRegex().IsMatch(text))
        {
            missing.Add("l'emploi occupé");
        }

        // A catégorie the extraction inferred from the grade (no evidence in the act) is not a mention of the contract.
        if (!(fields.Categorie is { Length: > 0 } && act.FieldEvidence.ContainsKey(FieldNames.Categorie)) && !CategorieRegex().IsMatch(text))
        {
            missing.Add("la catégorie hiérarchique");
        }

        if (string.IsNullOrWhiteSpace(fields.Remuneration) && fields.IndiceBrut is null && fields.IndiceMajore is null
            && !RemunerationRegex().IsMatch(text))
        {
            missing.Add("la rémunération");
        }

        if (string.IsNullOrWhiteSpace(fields.LieuExercice) && !LieuRegex().IsMatch(text))
        {
            missing.Add("le lieu d'exercice");
        }

        if (fields.DureeHebdomadaire is null && fields.Quotite is null && !TempsTravailRegex().IsMatch(text))
        {
            missing.Add("le temps de travail (complet ou non complet, durée hebdomadaire)");
        }

        if (missing.Count == 0)
        {
            yield break;
        }

        var layout = ActLayout.Of(text);
        yield return Anomaly(
            $"Le contrat ne précise pas {FrenchList.Join(missing)}, mention{(missing.Count > 1 ? "s" : string.Empty)} obligatoire{(missing.Count > 1 ? "s" : string.Empty)} d'un contrat.",
            ActEvidence.FromSegment(act.Segment, layout.DispositifStart, layout.DispositifEnd(text)),
            ContractLegalBasis.At(act, changements, LegalBasis, "décr. 88-145 art. 3"));
    }

    [GeneratedRegex(@"[àa]\s+compter\s+du|prend(?:ra)?\s+effet|[àa]\s+partir\s+du|date\s+d['’]effet|\bdu\s+(?:1\s?er|\d{1,2})[^\n]{0,20}?\d{4}\s+au\b|entr[ée]e\s+en\s+fonctions?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffetRegex();

    [GeneratedRegex(@"pour\s+une\s+(?:dur[ée]e|p[ée]riode)|dur[ée]e\s+(?:du\s+contrat|de\s+(?:\d|un|une|deux|trois|six|douze))|jusqu['’]\s*au|\bau\s+(?:1\s?er|\d{1,2})[^\n]{0,20}?\d{4}|dur[ée]e\s+ind[ée]termin[ée]e", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DureeRegex();

    [GeneratedRegex(@"\bemploi\s+(?:de\s|d['’]|du\s)|en\s+qualit[ée]\s+(?:de\s|d['’])|fonctions?\s+(?:de\s|d['’])|\bposte\s+(?:de\s|d['’])|\bmissions?\s+(?:de\s|d['’]|suivantes)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmploiRegex();

    [GeneratedRegex(@"cat[ée]gorie\s+(?:hi[ée]rarchique\s+)?(?-i:[ABC])(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CategorieRegex();

    [GeneratedRegex(@"r[ée]mun[ée]r|\bindice\b|traitement|\bsalaire\b|\bSMIC\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemunerationRegex();

    [GeneratedRegex(@"lieu\s+(?:d['’]exercice|de\s+travail|d['’]affectation)|affect[ée]e?\s+(?:au|[àa]\s+la|[àa]\s+l['’]|aux|[àa])\s|exercera\s+(?:ses|les)\s+fonctions\s+(?:au|[àa]|dans)\b|r[ée]sidence\s+administrative|\baffectation\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LieuRegex();

    [GeneratedRegex(@"temps\s+(?:non\s+)?complet|temps\s+partiel|dur[ée]e\s+hebdomadaire|heures?\s+(?:hebdomadaires?|par\s+semaine)|/\s*35(?:e|[eè]me)?s?\b|trente-cinq\s+heures|\b\d{1,2}\s*h(?:eures?)?\s*(?:\d{2})?\s*(?:hebdomadaires?|par\s+semaine)|temps\s+de\s+travail", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TempsTravailRegex();
}
