using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>
/// Contract of a contractual agent (domain §2.12): basis with article and alinéa, mandatory mentions of
/// R. 331-6 to R. 331-10, période d'essai of R. 332-20, express renewal only.
/// </summary>
public sealed class ContratClauses : ActClauses
{
    public override void Write(WritingContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var s = c.Scenario;
        var content = c.Content;
        var basis = s.BaseLegale!;
        var article = "L. " + basis[1..];
        var (motif, nature) = basis switch
        {
            "L332-23 1°" => ("pour faire face à un accroissement temporaire d'activité", "accroissement temporaire d'activité"),
            "L332-23 2°" => ("pour faire face à un accroissement saisonnier d'activité", "accroissement saisonnier d'activité"),
            "L332-13" => ($"pour assurer le remplacement de {s.AgentRemplace!.Complet}, momentanément indisponible", "remplacement d'un agent indisponible"),
            "L332-14" => ("pour faire face à la vacance temporaire d'un emploi dans l'attente du recrutement d'un fonctionnaire", "vacance temporaire d'emploi"),
            "L332-8 3°" => ("pour pourvoir un emploi permanent dans une commune de moins de 1 000 habitants", "emploi permanent"),
            _ => ("pour pourvoir un emploi permanent lorsque les besoins des services ou la nature des fonctions le justifient", "emploi permanent"),
        };
        content.IsContract = true;
        content.Title = c.Random.Chance(0.5) ? "CONTRAT À DURÉE DÉTERMINÉE" : "CONTRAT DE RECRUTEMENT D'UN AGENT CONTRACTUEL";
        content.TypeLabel = "Contrat";
        content.Objet = s.OmitBaseLegale
            ? $"recrutement de {c.Agent} ({nature})"
            : $"recrutement de {c.Agent} sur le fondement de l'article {article} du code général de la fonction publique ({nature})";
        content.Decision = c.Random.Chance(0.5) ? "ARRÊTE" : "DÉCIDE";
        content.Visas.Add(s.OmitBaseLegale
            ? "Vu le code général de la fonction publique"
            : $"Vu le code général de la fonction publique, notamment son article {article}");
        content.Visas.Add(s.ObsoleteVisa == ObsoleteVisaKind.AgentNonTitulaire
            ? "Vu le décret n° 88-145 du 15 février 1988 pris pour l'application de l'article 136 de la loi du 26 janvier 1984 et relatif aux agents non titulaires de la fonction publique territoriale"
            : "Vu le décret n° 88-145 du 15 février 1988 relatif aux agents contractuels de la fonction publique territoriale");
        content.Visas.Add($"Vu la délibération du {c.Date(c.PastDate(100, 900))} portant création de l'emploi de {s.Emploi}");
        if (basis is "L332-14" or "L332-8 2°" && !s.OmitPrerequisite)
        {
            var dve = c.PastDate(45, 120);
            content.Visas.Add($"Vu la déclaration de vacance d'emploi transmise au {s.Collectivite.CentreDeGestion} le {c.Date(dve)}");
        }

        if (basis == "L332-8 2°")
        {
            content.Considerants.Add("Considérant qu'aucun fonctionnaire n'a pu être recruté à l'issue de la procédure de recrutement, la publication de l'offre étant restée infructueuse");
        }
        else if (basis == "L332-13")
        {
            content.Considerants.Add($"Considérant l'indisponibilité de {s.AgentRemplace!.Complet}, fonctionnaire placé en congé de maladie");
        }
        else
        {
            content.Considerants.Add($"Considérant la nécessité de recruter un agent contractuel {motif}");
        }

        var categorie = s.OmittedMention == ContractMention.Categorie ? string.Empty : $", relevant de la catégorie {s.Grade.Categorie}";
        var fondement = s.OmitBaseLegale ? string.Empty : $" sur le fondement de l'article {article} du code général de la fonction publique";
        var qualite = s.ObsoleteVisa == ObsoleteVisaKind.AgentNonTitulaire ? "agent non titulaire" : "agent contractuel";
        content.Articles.Add($"{c.Agent} est recruté{c.E} en qualité d'{qualite}{fondement}, {motif}, pour exercer les fonctions de {s.Emploi}{categorie}, pour une durée de {FrenchDates.Duration(s.DureeMois!.Value, c.Random.Chance(0.4))}, du {c.Date(s.DateEffet)} au {c.Date(s.DateFin!.Value)} inclus.");
        if (s.OmittedMention != ContractMention.LieuExercice)
        {
            content.Articles.Add($"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} exercera ses fonctions à la {s.LieuExercice}.");
        }

        if (s.OmittedMention != ContractMention.TempsTravail)
        {
            content.Articles.Add(s.DureeHebdomadaire >= 35
                ? "La durée hebdomadaire de service est fixée à 35 heures (temps complet)."
                : $"La durée hebdomadaire de service est fixée à {s.DureeHebdomadaire!.Value.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} heures (temps non complet).");
        }

        if (s.OmittedMention != ContractMention.Remuneration)
        {
            content.Articles.Add(s.RemunerationImOnly
                ? $"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} percevra une rémunération mensuelle calculée sur la base de l'{c.IndicesText(null, s.IndiceMajore)}, ainsi que, le cas échéant, le supplément familial de traitement."
                : $"{(s.Agent.Feminine ? "L'intéressée" : "L'intéressé")} percevra une rémunération calculée par référence au {c.EchelonText(s.Echelon!.Value)} du grade {WritingContext.De(c.GradeText(s.Grade))}, {c.IndicesText(s.IndiceBrut, s.IndiceMajore)}, ainsi que, le cas échéant, le supplément familial de traitement.");
        }

        if (s.EssaiJours > 0)
        {
            content.Articles.Add($"Le présent contrat comporte une période d'essai de {EssaiText(s.EssaiJours.Value)}, qui permet à l'administration d'évaluer les compétences de l'agent et à celui-ci d'apprécier si les fonctions lui conviennent.");
        }

        content.Articles.Add(s.TacitRenewal
            ? "À son échéance, le présent contrat sera renouvelé par tacite reconduction pour une durée identique, sauf dénonciation par l'une des parties."
            : "Le présent contrat pourra être renouvelé par décision expresse, dans les limites fixées par le code général de la fonction publique. L'agent sera informé de l'intention de renouveler ou non son engagement dans les délais réglementaires.");
        content.Footer.Add("L'agent (lu et approuvé) :");
        content.Fields.Grade = s.OmittedMention == ContractMention.Remuneration || s.RemunerationImOnly ? null : s.Grade.Label;
        if (s.OmittedMention != ContractMention.Remuneration)
        {
            content.Fields.Echelon = s.Echelon;
            content.Fields.IndiceBrut = s.IndiceBrut;
            content.Fields.IndiceMajore = s.IndiceMajore;
        }

        content.Fields.DateEffet = LabelFields.Iso(s.DateEffet);
        content.Fields.BaseLegale = s.OmitBaseLegale ? null : basis;
    }

    private static string EssaiText(int days) => days switch
    {
        14 => "deux semaines",
        21 => "trois semaines",
        30 => "un mois",
        60 => "deux mois",
        90 => "trois mois",
        120 => "quatre mois",
        150 => "cinq mois",
        _ => $"{days} jours",
    };
}
