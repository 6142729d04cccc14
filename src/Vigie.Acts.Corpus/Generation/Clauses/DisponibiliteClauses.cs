using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Disponibilité sur demande (décr. 86-68; domain §2.6): convenances ≤ 5 years, études ≤ 3 years, création ≤ 2 years.</summary>
public sealed class DisponibiliteClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        var (motif, article) = s.Motif switch
        {
            "etudes" => ("pour effectuer des études ou recherches présentant un caractère d'intérêt général", "21 b)"),
            "creation_entreprise" => ("pour créer ou reprendre une entreprise", "21 d)"),
            _ => ("pour convenances personnelles", "21 c)"),
        };
        content.TypeLabel = "Disponibilité";
        content.Objet = $"portant mise en disponibilité {motif} de {c.Agent}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 514-1 à L. 514-8");
        content.Visas.Add($"Vu le décret n° 86-68 du 13 janvier 1986 relatif aux positions de détachement, de disponibilité, de congé parental des fonctionnaires territoriaux, notamment son article {article}");
        content.Visas.Add($"Vu la demande présentée par {c.Agent}, {c.GradeText(s.Grade)}, en date du {c.Date(s.DateDemande!.Value)}");
        content.Considerants.Add("Considérant que les nécessités du service ne s'opposent pas à cette mise en disponibilité");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)}, est placé{c.E} en disponibilité {motif} pour une durée de {FrenchDates.Duration(s.DureeMois!.Value, c.Random.Chance(0.4))}, du {c.Date(s.DateEffet)} au {c.Date(s.DateFin!.Value)} inclus.");
        content.Articles.Add($"Durant cette période, {c.Interesse} cesse de bénéficier de sa rémunération et de ses droits à l'avancement et à la retraite.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} devra solliciter sa réintégration ou le renouvellement de sa disponibilité au moins trois mois avant l'expiration de la période en cours.");
        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
