using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Prorogation de stage: an unfavourable decision, motivated (CRPA L. 211-2), at most the normal length (R. 327-11).</summary>
public sealed class ProrogationStageClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Prorogation de stage";
        content.Objet = $"portant prorogation du stage de {c.Agent}, {c.GradeText(s.Grade)} stagiaire";
        content.Visas.Add("Vu le code des relations entre le public et l'administration, notamment ses articles L. 211-2 et L. 211-5");
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 327-1 et suivants");
        c.GradeVisas(s.Grade, withIndices: false);
        c.StagiaireVisa();
        content.Visas.Add($"Vu l'arrêté en date du {c.Date(s.DebutStage!.Value.AddDays(-c.Random.Next(5, 30)))} nommant {c.Agent} en qualité {WritingContext.De(s.Grade.Label)} stagiaire à compter du {c.Date(s.DebutStage.Value)}");
        content.Visas.Add($"Vu le rapport établi le {c.Date(s.DateSignature.AddDays(-c.Random.Next(5, 25)))} par le supérieur hiérarchique de {c.Interesse}");
        if (!s.OmitMotivation)
        {
            content.Considerants.Add($"Considérant que le rapport susvisé relève que {c.Interesse} n'a pas encore acquis la maîtrise des procédures du poste, notamment en matière de {c.Random.Pick(["gestion du courrier et de l'accueil", "préparation des actes administratifs", "sécurité des interventions techniques", "suivi budgétaire"])}");
            content.Considerants.Add($"Considérant que ses aptitudes professionnelles ne permettent pas de prononcer sa titularisation à l'issue de la durée normale du stage, mais qu'une prolongation est de nature à lui permettre de faire ses preuves");
        }

        content.Articles.Add($"Le stage de {c.Agent}, {c.GradeText(s.Grade)} stagiaire, est prorogé pour une durée de {FrenchDates.Duration(s.DureeMois!.Value, c.Random.Chance(0.5))} à compter du {c.Date(s.DateEffet)}, soit jusqu'au {c.Date(s.DateFin!.Value)} inclus.");
        content.Articles.Add("Cette période de prorogation n'est pas prise en compte dans l'ancienneté d'avancement.");
        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
