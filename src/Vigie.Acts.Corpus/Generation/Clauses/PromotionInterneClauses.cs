using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Nomination after promotion interne (domain §2.5): liste d'aptitude of the CDG, six-month stage.</summary>
public sealed class PromotionInterneClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Promotion interne";
        content.Objet = $"portant nomination de {c.Agent} au grade {WritingContext.De(s.Grade.Label)} au titre de la promotion interne";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 523-1 à L. 523-6");
        c.GradeVisas(s.Grade, withIndices: true);
        if (!s.OmitPrerequisite)
        {
            content.Visas.Add($"Vu la liste d'aptitude au grade {WritingContext.De(s.Grade.Label)} au titre de la promotion interne établie le {c.Date(c.PastDate(60, 300))} par le Président du {s.Collectivite.CentreDeGestion}");
        }

        if (s.CapVisa)
        {
            content.Visas.Add($"Vu l'avis de la commission administrative paritaire de catégorie {s.Grade.Categorie} du {c.Date(c.PastDate(100, 300))}");
        }

        content.Visas.Add($"Vu la délibération du {c.Date(c.PastDate(200, 900))} portant création d'un poste de {s.Grade.Label}");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.AncienGrade!)}, est nommé{c.E} {s.Grade.Label} stagiaire au titre de la promotion interne à compter du {c.Date(s.DateEffet)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} est classé{c.E} au {c.EchelonText(s.Echelon!.Value)} du grade {WritingContext.De(c.GradeText(s.Grade))}, {c.IndicesText(s.IndiceBrut, s.IndiceMajore)}, et accomplira un stage de six mois.");
        c.LabelCareer(s.Grade, withEchelon: true);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
