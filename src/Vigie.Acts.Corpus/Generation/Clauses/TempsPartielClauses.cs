using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>Temps partiel (CGFP L. 612-1 et s.; décr. 2004-777): de droit 50–80 %, sur autorisation 50–99 %, refusal motivated.</summary>
public sealed class TempsPartielClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        var deDroit = s.Motif == "de_droit";
        var refus = s.Nature == "refus";
        content.TypeLabel = refus ? "Refus de temps partiel" : "Temps partiel";
        content.Objet = refus
            ? $"portant refus d'autorisation de travail à temps partiel de {c.Agent}"
            : $"portant {(s.Nature == "renouvellement" ? "renouvellement de l'autorisation" : "autorisation")} d'exercice des fonctions à temps partiel {(deDroit ? "de droit " : string.Empty)}de {c.Agent}";
        content.Visas.Add($"Vu le code général de la fonction publique, notamment ses articles L. 612-1 à L. 612-{(deDroit ? "5" : "12")}");
        content.Visas.Add("Vu le décret n° 2004-777 du 29 juillet 2004 relatif à la mise en œuvre du temps partiel dans la fonction publique territoriale");
        content.Visas.Add(s.ObsoleteVisa == ObsoleteVisaKind.ComiteTechnique
            ? $"Vu la délibération du {c.Date(c.PastDate(200, 700))} fixant les modalités d'exercice du temps partiel, après avis du comité technique du {c.Date(c.PastDate(700, 720))}"
            : $"Vu la délibération du {c.Date(c.PastDate(200, 1500))} fixant les modalités d'exercice du temps partiel, après avis du comité social territorial");
        content.Visas.Add($"Vu la demande de {c.Agent}, {c.GradeText(s.Grade)}, en date du {c.Date(s.DateDemande!.Value)}, sollicitant l'exercice de ses fonctions à {s.Quotite} % à compter du {c.Date(s.DateEffet)}");
        if (refus)
        {
            content.Visas.Add($"Vu l'entretien préalable du {c.Date(s.DateSignature.AddDays(-c.Random.Next(5, 15)))}");
            if (!s.OmitMotivation)
            {
                content.Considerants.Add($"Considérant que {c.Interesse} occupe seul{c.E} le poste de {c.Random.Pick(["secrétaire de mairie", "responsable de l'accueil", "agent chargé de la paie", "gardien du gymnase"])} et qu'aucun remplacement partiel ne peut être organisé");
                content.Considerants.Add("Considérant qu'une réduction du temps de travail sur ce poste compromettrait la continuité du service public au regard des nécessités de fonctionnement du service");
            }

            content.Articles.Add($"La demande d'autorisation d'exercer ses fonctions à temps partiel présentée par {c.Agent} est refusée.");
            content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} peut saisir la commission administrative paritaire de ce refus.");
            c.LabelCareer(s.Grade, withEchelon: false);
            return;
        }

        if (deDroit)
        {
            content.Visas.Add($"Vu l'acte de naissance de l'enfant né le {c.Date(s.DateNaissanceEnfant!.Value)}");
        }

        content.Articles.Add($"{c.Agent}, {c.GradeText(s.Grade)}, est autorisé{c.E} à exercer ses fonctions à temps partiel{(deDroit ? " de droit" : string.Empty)} à {s.Quotite} % pour une période de {FrenchDates.Duration(s.DureeMois!.Value, false)}, du {c.Date(s.DateEffet)} au {c.Date(s.DateFin!.Value)}.");
        content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} percevra une rémunération calculée au prorata de la durée de service accomplie.");
        c.LabelCareer(s.Grade, withEchelon: false);
        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
    }
}
