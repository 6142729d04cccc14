using Vigie.Acts.Corpus.Generation.Clauses;
using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Writes the words of an act from its scenario: the type's clauses, then what every act shares (base visas,
/// delegation, execution clause, recours mention, "Fait à", signature, notification), and the label fields.
/// </summary>
public sealed class ActComposer
{
    private readonly ActClausesCatalog _clauses = new();

    public ActContent Compose(Random random, ActScenario s)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(s);
        var content = new ActContent
        {
            Numero = "n° " + s.Numero,
            Autorite = s.Collectivite.Autorite,
            Lieu = s.Collectivite.Lieu,
        };
        var context = new WritingContext(random, s, content);
        _clauses.For(s.Type).Write(context);
        CommonVisas(random, s, content, context);
        ExecutionClause(random, s, content);
        Recours(random, s, content);
        Signature(random, s, content, context);
        Footer(random, s, content, context);
        LabelCommonFields(s, content);
        return content;
    }

    private static void CommonVisas(Random random, ActScenario s, ActContent content, WritingContext context)
    {
        var afterCgfp = Math.Max(0, content.Visas.FindIndex(v => v.StartsWith("Vu le code général de la fonction publique", StringComparison.Ordinal)) + 1);
        if (s.Collectivite.Kind == CollectiviteKind.Commune && random.Chance(0.5))
        {
            content.Visas.Insert(0, "Vu le code général des collectivités territoriales");
            afterCgfp++;
        }

        switch (s.ObsoleteVisa)
        {
            case ObsoleteVisaKind.Loi84_53:
                content.Visas.Insert(afterCgfp, "Vu la loi n° 84-53 du 26 janvier 1984 modifiée portant dispositions statutaires relatives à la fonction publique territoriale");
                break;
            case ObsoleteVisaKind.Loi83_634:
                content.Visas.Insert(afterCgfp, "Vu la loi n° 83-634 du 13 juillet 1983 modifiée portant droits et obligations des fonctionnaires");
                break;
            case ObsoleteVisaKind.Decret92_1194:
                var index = content.Visas.FindIndex(v => v.StartsWith("Vu les articles R. 327-1", StringComparison.Ordinal));
                const string old = "Vu le décret n° 92-1194 du 4 novembre 1992 fixant les dispositions communes applicables aux fonctionnaires stagiaires de la fonction publique territoriale";
                if (index >= 0)
                {
                    content.Visas[index] = old;
                }
                else
                {
                    content.Visas.Insert(afterCgfp, old);
                }

                break;
            default:
                break;
        }

        if (s.CapVisa && s.Type == ActKind.ProrogationStage)
        {
            content.Visas.Add($"Vu l'avis de la commission administrative paritaire en date du {context.Date(s.DateSignature.AddDays(-random.Next(8, 40)))}");
        }

        if (s.IncoherentGrade is not null)
        {
            content.Visas.Add($"Vu le dossier individuel de {s.Agent.Complet}, {s.IncoherentGrade.Label}, catégorie {s.IncoherentGrade.Categorie}");
        }

        if (s.Signatory is { IsAutorite: false, DelegationVisa: not null } && !s.OmitDelegation)
        {
            content.Visas.Add(s.Signatory.DelegationVisa);
        }
    }

    private static void ExecutionClause(Random random, ActScenario s, ActContent content)
    {
        var who = s.Collectivite.Kind == CollectiviteKind.Commune && s.Collectivite.Population is > 0 and < 2000
            ? "La secrétaire générale de mairie"
            : "Le Directeur général des services";
        var what = content.IsContract ? "du présent contrat" : "du présent arrêté";
        var notified = s.IncoherentSurname is not null
            ? $", qui sera notifié à {s.Agent.Civilite} {s.Agent.Prenom} {s.IncoherentSurname}"
            : random.Chance(0.5) ? $", qui sera notifié à {s.Agent.Complet}" : ", qui sera notifié à l'intéressé" + (s.Agent.Feminine ? "e" : string.Empty);
        content.Articles.Add($"{who} et le comptable public sont chargés, chacun en ce qui le concerne, de l'exécution {what}{notified}.");
    }

    private static void Recours(Random random, ActScenario s, ActContent content)
    {
        if (s.OmitRecours)
        {
            return;
        }

        var delai = random.Chance(0.8) ? FrenchDates.Number(s.DelaiRecoursMois) + " mois" : $"{s.DelaiRecoursMois} mois";
        var tribunal = (random.Chance(0.3) ? "Tribunal Administratif " : "tribunal administratif ") + s.TribunalEcrit;
        var acte = content.IsContract ? "Le présent contrat" : "Le présent arrêté";
        content.Recours = s.Style switch
        {
            HouseStyle.GrandeVilleDelegation or HouseStyle.CompactArticles =>
                $"Voies et délais de recours : la présente décision peut faire l'objet, dans un délai de {delai} à compter de sa notification, d'un recours gracieux auprès de l'autorité territoriale ou d'un recours contentieux devant le {tribunal}. Le recours gracieux interrompt le délai de recours contentieux. Le tribunal peut être saisi par l'application Télérecours citoyens accessible sur le site www.telerecours.fr.",
            HouseStyle.EtablissementPresident =>
                $"Le Président certifie sous sa responsabilité le caractère exécutoire de cet acte et informe que celui-ci peut faire l'objet d'un recours pour excès de pouvoir devant le {tribunal} dans un délai de {delai} à compter de sa notification.",
            _ =>
                $"{acte} peut faire l'objet d'un recours pour excès de pouvoir devant le {tribunal} dans un délai de {delai} à compter de sa notification.",
        };
        content.RecoursAsArticle = s.Style switch
        {
            HouseStyle.CommuneClassique => random.Chance(0.6),
            HouseStyle.CompactArticles => random.Chance(0.5),
            HouseStyle.SirhExport => random.Chance(0.3),
            _ => false,
        };
    }

    private static void Signature(Random random, ActScenario s, ActContent content, WritingContext context)
    {
        if (!s.OmitDateSignature)
        {
            var writing = s.Style == HouseStyle.EtablissementPresident && random.Chance(0.3) ? DateWriting.AllInLetters : context.Dates;
            content.DateSignatureText = FrenchDates.Write(s.DateSignature, writing);
        }

        if (s.OmitSignatory)
        {
            return;
        }

        var signatory = s.Signatory;
        if (!signatory.IsAutorite && !s.OmitDelegation)
        {
            content.DelegationLine = random.Chance(0.8) ? s.Collectivite.FormuleDelegation : "Par délégation";
        }

        content.QualiteLine = s.IncompleteSignatoryWithoutQualite ? null : WithArticle(signatory.Qualite);
        content.SignatoryName = s.IncompleteSignatory && !s.IncompleteSignatoryWithoutQualite
            ? signatory.Person.Nom
            : signatory.Person.PrenomNom;
    }

    private static void Footer(Random random, ActScenario s, ActContent content, WritingContext context)
    {
        var transmissible = s.Type is ActKind.NominationStagiaire or ActKind.PromotionInterne or ActKind.Mutation
            || (s.Type == ActKind.Contrat && s.BaseLegale is not null && !s.BaseLegale.StartsWith("L332-23", StringComparison.Ordinal));
        if (transmissible && !s.OmitDateSignature && random.Chance(0.7))
        {
            content.Footer.Add($"Transmis au représentant de l'État le {context.Date(s.DateSignature.AddDays(random.Next(1, 10)))}");
        }

        if (random.Chance(0.7))
        {
            content.Footer.Add("Notifié à l'agent le : ....................    Signature de l'agent :");
        }

        content.Footer.Add($"Ampliation : {(s.Agent.Feminine ? "l'intéressée" : "l'intéressé")} ; le comptable public ; le {s.Collectivite.CentreDeGestion}.");
    }

    private static void LabelCommonFields(ActScenario s, ActContent content)
    {
        var f = content.Fields;
        f.Collectivite = s.Collectivite.Nom;
        f.Departement = s.Collectivite.Departement.Code;
        f.AgentCivilite = s.Agent.Civilite;
        f.AgentNom = s.Agent.Nom;
        f.AgentPrenom = s.Agent.Prenom;
        f.DateSignature = s.OmitDateSignature ? null : LabelFields.Iso(s.DateSignature);
        if (s.OmitSignatory)
        {
            f.Signataire = null;
        }
        else if (s.IncompleteSignatoryWithoutQualite)
        {
            f.Signataire = s.Signatory.Person.PrenomNom;
        }
        else
        {
            var name = s.IncompleteSignatory ? s.Signatory.Person.Nom : s.Signatory.Person.PrenomNom;
            f.Signataire = $"{name}, {s.Signatory.Qualite}";
        }
    }

    /// <summary>"Le Maire", "La Présidente", "L'Adjointe au Maire…", "Le Directeur général des services".</summary>
    internal static string WithArticle(string qualite)
    {
        if ("AEIOUÉ".Contains(qualite[0], StringComparison.Ordinal))
        {
            return "L'" + qualite;
        }

        string[] feminine = ["Présidente", "Directrice", "Vice-présidente"];
        return feminine.Any(w => qualite.StartsWith(w, StringComparison.Ordinal)) ? "La " + qualite : "Le " + qualite;
    }
}
