using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Avancement de grade (domain §2.4): LDG, taux de promotion, tableau annuel; no CAP since 2021.</summary>
public sealed class AvancementGradeClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        var ancien = s.AncienGrade!;
        content.TypeLabel = "Avancement de grade";
        content.Objet = $"portant avancement de grade de {c.Agent} au grade {WritingContext.De(s.Grade.Label)}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 413-1 et L. 522-20 à L. 522-30");
        c.GradeVisas(s.Grade, withIndices: true);
        content.Visas.Add($"Vu les lignes directrices de gestion arrêtées le {c.Date(c.PastDate(400, 1200))}");
        content.Visas.Add($"Vu la délibération du {c.Date(c.PastDate(300, 1000))} fixant les taux de promotion, après avis du comité social territorial");
        if (!s.OmitPrerequisite)
        {
            content.Visas.Add($"Vu le tableau annuel d'avancement de grade établi au titre de l'année {s.DateEffet.Year}");
        }

        if (s.CapVisa)
        {
            content.Visas.Add($"Vu l'avis favorable de la commission administrative paritaire du {c.Date(c.PastDate(20, 90))}");
        }

        content.Articles.Add($"{c.Agent}, {c.GradeText(ancien)} au {c.EchelonText(s.AncienEchelon!.Value)}, est nommé{c.E} au grade {WritingContext.De(c.GradeText(s.Grade))} à compter du {c.Date(s.DateEffet)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} est classé{c.E} au {c.EchelonText(s.Echelon!.Value)} du grade {WritingContext.De(c.GradeText(s.Grade))}, {c.IndicesText(s.IndiceBrut, s.IndiceMajore)}.");
        c.LabelCareer(s.Grade, withEchelon: true);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
