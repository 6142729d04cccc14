using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Détachement (décr. 86-68 art. 8–9): courte durée ≤ 6 months, longue durée ≤ 5 years.</summary>
public sealed class DetachementClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        var longue = s.Motif == "longue";
        content.TypeLabel = "Détachement";
        content.Objet = $"portant détachement de {c.Agent} auprès du {s.Organisme}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 513-1 et suivants");
        content.Visas.Add("Vu le décret n° 86-68 du 13 janvier 1986 relatif aux positions de détachement, de disponibilité, de congé parental des fonctionnaires territoriaux");
        c.GradeVisas(s.Grade, withIndices: false);
        content.Visas.Add($"Vu la demande de {c.Agent} en date du {c.Date(s.DateSignature.AddDays(-c.Random.Next(30, 90)))}");
        content.Visas.Add($"Vu l'accord du {s.Organisme} pour l'accueillir en détachement");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)} titulaire, {c.EchelonText(s.Echelon!.Value)}, est placé{c.E} en position de détachement de {(longue ? "longue" : "courte")} durée auprès du {s.Organisme} pour une durée de {FrenchDates.Duration(s.DureeMois!.Value, c.Random.Chance(0.4))}, du {c.Date(s.DateEffet)} au {c.Date(s.DateFin!.Value)} inclus.");
        content.Articles.Add($"Pendant la durée de son détachement, {c.Interesse} est rémunéré{c.E} par l'administration d'accueil et conserve ses droits à l'avancement dans son cadre d'emplois d'origine.");
        content.Articles.Add($"À l'issue du détachement, {c.Interesse} sera réintégré{c.E} dans son administration d'origine, sauf renouvellement ou intégration.");
        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.Echelon = s.Echelon;
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
