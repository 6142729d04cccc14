using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>An individual act of none of the contract's types: NBI or IFSE attribution.</summary>
public sealed class AutreClauses : ActClauses
{
    private static readonly string[] NbiFonctions =
    [
        "secrétaire de mairie d'une commune de moins de 3 500 habitants", "accueil du public à titre principal",
        "encadrement d'un service de trois agents au moins", "fonctions polyvalentes liées à l'entretien et à la maintenance",
    ];

    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        if (s.Motif == "nbi")
        {
            content.TypeLabel = "Attribution de NBI";
            content.Objet = $"portant attribution de la nouvelle bonification indiciaire à {c.Agent}";
            content.Visas.Add("Vu le code général de la fonction publique, notamment son article L. 712-12");
            content.Visas.Add("Vu le décret n° 2006-779 du 3 juillet 2006 portant attribution de la nouvelle bonification indiciaire à certains personnels de la fonction publique territoriale");
            content.Articles.Add($"Une nouvelle bonification indiciaire de {s.Quotite} points majorés est attribuée à {c.Agent}, {c.GradeText(s.Grade)}, au titre des fonctions de {c.Random.Pick(NbiFonctions)}, à compter du {c.Date(s.DateEffet)}.");
            content.Articles.Add("Cette bonification cessera d'être versée lorsque l'agent n'exercera plus les fonctions y ouvrant droit.");
        }
        else
        {
            content.TypeLabel = "Régime indemnitaire";
            content.Objet = $"portant attribution de l'indemnité de fonctions, de sujétions et d'expertise à {c.Agent}";
            content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 714-1 et L. 714-4 et suivants");
            content.Visas.Add("Vu le décret n° 2014-513 du 20 mai 2014 portant création d'un régime indemnitaire tenant compte des fonctions, des sujétions, de l'expertise et de l'engagement professionnel dans la fonction publique de l'État");
            content.Visas.Add($"Vu la délibération du {c.Date(c.PastDate(300, 1500))} instaurant le RIFSEEP, après avis du comité social territorial");
            content.Articles.Add($"À compter du {c.Date(s.DateEffet)}, {c.Agent}, {c.GradeText(s.Grade)}, perçoit l'indemnité de fonctions, de sujétions et d'expertise (IFSE) pour un montant mensuel brut de {s.Quotite} euros.");
            content.Articles.Add("Ce montant fera l'objet d'un réexamen en cas de changement de fonctions et au moins tous les quatre ans.");
        }

        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
