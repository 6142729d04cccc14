namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Nomination stagiaire (domain §2.1): délibération, DVE, liste d'aptitude on a concours grade.</summary>
public sealed class NominationStagiaireClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Nomination stagiaire";
        content.Objet = $"portant nomination de {c.Agent} en qualité {WritingContext.De(c.GradeText(s.Grade))} stagiaire";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 313-1, L. 313-4 et L. 327-1 et suivants");
        c.GradeVisas(s.Grade, withIndices: true);
        c.StagiaireVisa();
        var omitted = s.OmitPrerequisite ? (s.Grade.SurConcours && c.Random.Chance(0.5) ? "la" : "dve") : null;
        content.Visas.Add($"Vu la délibération du {c.Date(c.PastDate(200, 900))} portant création de l'emploi et fixant le tableau des effectifs");
        if (omitted != "dve")
        {
            var dve = c.PastDate(60, 150);
            content.Visas.Add($"Vu la déclaration de vacance d'emploi n° V{dve.Year % 100:00}{c.Random.Next(1000, 9999)} transmise au {s.Collectivite.CentreDeGestion} le {c.Date(dve)}");
        }

        if (s.Grade.SurConcours && omitted != "la")
        {
            var la = c.PastDate(90, 400);
            content.Visas.Add($"Vu la liste d'aptitude au grade {WritingContext.De(s.Grade.Label)} établie le {c.Date(la)} à l'issue du concours organisé par le {s.Collectivite.CentreDeGestion}");
        }

        if (!s.Grade.SurConcours)
        {
            content.Considerants.Add($"Considérant que le grade {WritingContext.De(s.Grade.Label)} est accessible sans concours");
        }

        var classement = s.Echelon == 1
            ? $"au {c.EchelonText(s.Echelon!.Value)}"
            : $"au {c.EchelonText(s.Echelon!.Value)} compte tenu de ses services antérieurs";
        content.Articles.Add($"À compter du {c.Date(s.DateEffet)}, {c.Agent} est nommé{c.E} en qualité {WritingContext.De(c.GradeText(s.Grade))} stagiaire, à temps complet.");
        content.Articles.Add($"{c.Agent} est classé{c.E} {classement}, {c.IndicesText(s.IndiceBrut, s.IndiceMajore)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} accomplira un stage d'une durée d'un an, à l'issue duquel sa titularisation sera prononcée au vu de ses aptitudes professionnelles.");
        c.LabelCareer(s.Grade, withEchelon: true);
        content.Fields.DateEffet = Labels.LabelFields.Iso(s.DateEffet);
    }
}
