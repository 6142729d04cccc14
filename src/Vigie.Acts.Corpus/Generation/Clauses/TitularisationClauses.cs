using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Titularisation at the end of a one-year stage (domain §2.2; CGFP R. 327-10).</summary>
public sealed class TitularisationClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Titularisation";
        content.Objet = $"portant titularisation de {c.Agent}, {c.GradeText(s.Grade)}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 327-1 et suivants");
        c.GradeVisas(s.Grade, withIndices: true);
        c.StagiaireVisa();
        content.Visas.Add($"Vu l'arrêté en date du {c.Date(s.DebutStage!.Value.AddDays(-c.Random.Next(5, 30)))} nommant {c.Agent} en qualité {WritingContext.De(s.Grade.Label)} stagiaire à compter du {c.Date(s.DebutStage.Value)}");
        content.Visas.Add($"Vu le rapport de fin de stage établi par l'autorité territoriale le {c.Date(s.DateSignature.AddDays(-c.Random.Next(5, 25)))}");
        content.Considerants.Add($"Considérant que {c.Agent} a accompli son stage de manière satisfaisante");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)} stagiaire, est titularisé{c.E} dans son grade à compter du {c.Date(s.DateEffet)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} est classé{c.E} au {c.EchelonText(s.Echelon!.Value)} de son grade, {c.IndicesText(s.IndiceBrut, s.IndiceMajore)}, avec une ancienneté conservée de {c.Random.Next(0, 12)} mois.");
        c.LabelCareer(s.Grade, withEchelon: true);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
