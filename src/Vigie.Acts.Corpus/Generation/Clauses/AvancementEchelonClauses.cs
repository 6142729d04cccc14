using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Avancement d'échelon on seniority (CGFP L. 522-2; single PPCR durations).</summary>
public sealed class AvancementEchelonClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Avancement d'échelon";
        content.Objet = $"portant avancement d'échelon de {c.Agent}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 522-1 à L. 522-3");
        c.GradeVisas(s.Grade, withIndices: true);
        if (s.CapVisa)
        {
            content.Visas.Add($"Vu l'avis de la commission administrative paritaire en date du {c.Date(s.DateSignature.AddDays(-c.Random.Next(10, 60)))}");
        }

        content.Considerants.Add($"Considérant que {c.Agent}, {c.GradeText(s.Grade)}, remplit les conditions d'ancienneté requises pour accéder à l'échelon supérieur");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)}, est promu{c.E} au {c.EchelonText(s.Echelon!.Value)} de son grade à compter du {c.Date(s.DateEffet)}.");
        var indices = c.IndicesText(s.IndiceBrut, s.IndiceMajore);
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} percevra le traitement afférent à cet échelon ({indices}), avec une ancienneté conservée de {c.Random.Next(0, 11)} mois.");
        c.LabelCareer(s.Grade, withEchelon: true);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
