using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Admission à la retraite and radiation des cadres, before the limite d'âge of 67 (domain §2.11).</summary>
public sealed class RadiationRetraiteClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Retraite";
        content.Objet = $"portant admission à la retraite et radiation des cadres de {c.Agent}";
        content.Visas.Add("Vu le code général de la fonction publique");
        content.Visas.Add("Vu le décret n° 2003-1306 du 26 décembre 2003 relatif au régime de retraite des fonctionnaires affiliés à la Caisse nationale de retraites des agents des collectivités locales");
        content.Visas.Add($"Vu la demande de {c.Agent}, {c.GradeText(s.Grade)}, né{c.E} le {c.Date(s.DateNaissance!.Value)}, en date du {c.Date(s.DateDemande!.Value)}, sollicitant son admission à la retraite");
        var last = s.DateEffet.AddDays(-1);
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)}, né{c.E} le {c.Date(s.DateNaissance.Value)}, est admis{c.E} à faire valoir ses droits à la retraite à compter du {c.Date(s.DateEffet)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} sera radié{c.E} des cadres à compter de cette même date, le dernier jour d'activité étant fixé au {c.Date(last)}.");
        content.Articles.Add("Le dossier de liquidation de pension est transmis à la Caisse nationale de retraites des agents des collectivités locales.");
        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
