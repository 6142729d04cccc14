using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Nomination by mutation (domain §2.10): decided by the host authority, same grade and échelon, DVE.</summary>
public sealed class MutationClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        content.TypeLabel = "Mutation";
        content.Objet = $"portant nomination par voie de mutation de {c.Agent}";
        content.Visas.Add("Vu le code général de la fonction publique, notamment ses articles L. 313-4, L. 512-23 et L. 512-24");
        c.GradeVisas(s.Grade, withIndices: true);
        content.Visas.Add($"Vu la délibération du {c.Date(c.PastDate(200, 900))} fixant le tableau des effectifs");
        if (!s.OmitPrerequisite)
        {
            var dve = c.PastDate(60, 160);
            content.Visas.Add($"Vu la déclaration de vacance d'emploi transmise au {s.Collectivite.CentreDeGestion} le {c.Date(dve)}");
        }

        content.Visas.Add($"Vu la candidature de {c.Agent}, {c.GradeText(s.Grade)} titulaire en fonction à la {s.Organisme}");
        content.Visas.Add($"Vu l'accord de la {s.Organisme} sur la date de mutation");
        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)}, est nommé{c.E} par voie de mutation à compter du {c.Date(s.DateEffet)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} conserve son grade et est classé{c.E} au {c.EchelonText(s.Echelon!.Value)}, {c.IndicesText(s.IndiceBrut, s.IndiceMajore)}, avec l'ancienneté acquise dans son administration d'origine.");
        c.LabelCareer(s.Grade, withEchelon: true);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
