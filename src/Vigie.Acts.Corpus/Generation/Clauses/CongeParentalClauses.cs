using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Congé parental (CGFP L. 515-1 et s.): periods of 2 to 6 months until the child's third birthday.</summary>
public sealed class CongeParentalClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        var renouvellement = s.Nature == "renouvellement";
        content.TypeLabel = "Congé parental";
        content.Objet = $"portant {(renouvellement ? "renouvellement du congé parental" : "placement en congé parental")} de {c.Agent}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 515-1 à L. 515-9");
        content.Visas.Add("Vu le décret n° 86-68 du 13 janvier 1986 relatif aux positions de détachement, de disponibilité, de congé parental des fonctionnaires territoriaux");
        content.Visas.Add($"Vu la demande de {c.Agent}, {c.GradeText(s.Grade)}, en date du {c.Date(s.DateDemande!.Value)}");
        content.Visas.Add($"Vu l'acte de naissance de l'enfant né le {c.Date(s.DateNaissanceEnfant!.Value)}");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)}, est {(renouvellement ? "maintenu" + c.E : "placé" + c.E)} en congé parental pour une période de {FrenchDates.Duration(s.DureeMois!.Value, c.Random.Chance(0.5))}, du {c.Date(s.DateEffet)} au {c.Date(s.DateFin!.Value)} inclus.");
        content.Articles.Add($"Pendant cette période, {c.Interesse} conserve ses droits à l'avancement dans la limite de cinq ans pour l'ensemble de sa carrière.");
        content.Articles.Add("La demande de renouvellement éventuel devra être présentée au moins un mois avant l'expiration de la période en cours.");
        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
