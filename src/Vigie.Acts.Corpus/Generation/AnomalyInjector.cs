using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using static Vigie.Acts.Corpus.Labels.AnomalyCatalog;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Makes a correct scenario wrong in one precise way per anomaly code of the contract, and records the code as
/// ground truth. Each mutation is chosen so that it triggers its code and no other.
/// </summary>
public sealed class AnomalyInjector(CorpusReferentiels referentiels)
{
    private static readonly ActKind[] Nominations =
        [ActKind.NominationStagiaire, ActKind.Mutation, ActKind.PromotionInterne, ActKind.AvancementGrade, ActKind.Detachement, ActKind.Contrat];

    private static readonly ActKind[] WithGrid =
        [ActKind.NominationStagiaire, ActKind.Titularisation, ActKind.AvancementEchelon, ActKind.AvancementGrade, ActKind.PromotionInterne, ActKind.Mutation];

    private static readonly ActKind[] WithPeriod =
        [ActKind.Contrat, ActKind.Disponibilite, ActKind.Detachement, ActKind.CongeParental, ActKind.TempsPartiel, ActKind.ProrogationStage];

    /// <summary>The codes that can be injected into an act of this scenario.</summary>
    public static IReadOnlyList<string> ApplicableCodes(ActScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var type = scenario.Type;
        var codes = new List<string>
        {
            SignatureAbsente, SignataireIncomplet, DateSignatureAbsente, VisaObsolete, RecoursAbsent, RecoursTribunal, RecoursDelai, CoherenceAgent,
        };
        if (scenario.Signatory.IsAutorite || scenario.Signatory.DelegationVisa is not null)
        {
            codes.Add(DelegationAbsente);
        }

        if (type is ActKind.AvancementGrade or ActKind.AvancementEchelon or ActKind.PromotionInterne or ActKind.ProrogationStage)
        {
            codes.Add(VisaCapObsolete);
        }

        if (type is ActKind.NominationStagiaire or ActKind.Mutation or ActKind.PromotionInterne or ActKind.AvancementGrade
            || (type == ActKind.Contrat && scenario.BaseLegale is "L332-14" or "L332-8 2°"))
        {
            codes.Add(VisaPrealableAbsent);
        }

        if (type == ActKind.ProrogationStage || (type == ActKind.TempsPartiel && scenario.Nature == "refus"))
        {
            codes.Add(MotivationAbsente);
        }

        if (Nominations.Contains(type))
        {
            codes.Add(DateRetroactive);
        }

        if ((WithPeriod.Contains(type) && scenario.DateFin is not null && scenario.Nature != "refus") || scenario.DateDemande is not null)
        {
            codes.Add(DateIncoherente);
        }

        if (WithGrid.Contains(type))
        {
            codes.Add(GrilleEchelonInexistant);
            codes.Add(GrilleIndice);
        }

        if (type is ActKind.Titularisation or ActKind.ProrogationStage)
        {
            codes.Add(StageDuree);
        }

        if (type is ActKind.Disponibilite or ActKind.CongeParental or ActKind.Detachement || (type == ActKind.TempsPartiel && scenario.Nature != "refus"))
        {
            codes.Add(PositionDuree);
        }

        if (type == ActKind.RadiationRetraite)
        {
            codes.Add(RetraiteLimiteAge);
        }

        if (type == ActKind.Contrat)
        {
            codes.AddRange([ContratBaseLegale, ContratDuree, ContratMention, ContratEssai, ContratReconductionTacite, RemunerationMinimum]);
        }

        return codes;
    }

    /// <summary>Applies the mutation of <paramref name="code"/> and records it.</summary>
    public void Inject(Random random, ActScenario s, string code)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(s);
        if (!ApplicableCodes(s).Contains(code))
        {
            throw new InvalidOperationException($"Le code {code} ne s'applique pas à un acte {s.Type.ToCode()}.");
        }

        switch (code)
        {
            case SignatureAbsente:
                s.OmitSignatory = true;
                break;
            case SignataireIncomplet:
                s.IncompleteSignatory = true;
                s.IncompleteSignatoryWithoutQualite = s.Signatory.IsAutorite && random.Chance(0.4);
                break;
            case DelegationAbsente:
                if (s.Signatory.IsAutorite)
                {
                    // A DGS signs with no delegation at all.
                    var person = referentiels.Names.Pick(random);
                    s.Signatory = new Signatory(person, person.Feminine ? "Directrice générale des services" : "Directeur général des services", false, null);
                }

                s.OmitDelegation = true;
                break;
            case DateSignatureAbsente:
                s.OmitDateSignature = true;
                break;
            case VisaObsolete:
                s.ObsoleteVisa = PickObsoleteVisa(random, s);
                break;
            case VisaCapObsolete:
                s.CapVisa = true;
                break;
            case VisaPrealableAbsent:
                s.OmitPrerequisite = true;
                break;
            case MotivationAbsente:
                s.OmitMotivation = true;
                break;
            case RecoursAbsent:
                s.OmitRecours = true;
                break;
            case RecoursTribunal:
                s.TribunalEcrit = WrongTribunal(random, s.Collectivite.Departement.Tribunal);
                break;
            case RecoursDelai:
                s.DelaiRecoursMois = random.Pick([1, 3, 3, 4, 6]);
                break;
            case DateRetroactive:
                Retroactive(random, s);
                break;
            case DateIncoherente:
                Incoherent(random, s);
                break;
            case GrilleEchelonInexistant:
                s.Echelon = s.Grade.EchelonCount + random.Next(1, 4);
                break;
            case GrilleIndice:
                OffGrid(random, s);
                break;
            case StageDuree:
                StageTooShortOrLong(random, s);
                break;
            case PositionDuree:
                PositionOutOfBounds(random, s);
                break;
            case RetraiteLimiteAge:
                s.DateNaissance = s.DateEffet.AddYears(-67).AddDays(-random.Next(40, 400));
                break;
            case ContratBaseLegale:
                s.OmitBaseLegale = true;
                break;
            case ContratDuree:
                ContractTooLong(random, s);
                break;
            case ContratMention:
                s.OmittedMention = random.Pick([ContractMention.LieuExercice, ContractMention.TempsTravail, ContractMention.Categorie, ContractMention.Remuneration]);
                break;
            case ContratEssai:
                s.EssaiJours = s.DureeMois switch
                {
                    < 6 => random.Pick([60, 90]),
                    < 12 => 90,
                    < 24 => 120,
                    _ => 150,
                };
                break;
            case ContratReconductionTacite:
                s.TacitRenewal = true;
                break;
            case RemunerationMinimum:
                s.RemunerationImOnly = true;
                s.Echelon = null;
                s.IndiceBrut = null;
                s.IndiceMajore = random.Pick([340, 352, 355, 361]);
                break;
            case CoherenceAgent:
                if (random.Chance(0.6) || s.Type == ActKind.Contrat)
                {
                    s.IncoherentSurname = random.Chance(0.5) ? OneLetterOff(random, s.Agent.Nom) : referentiels.Names.OtherSurname(random, s.Agent.Nom);
                }
                else
                {
                    s.IncoherentGrade = referentiels.Grades.All.First(g => g.Categorie != s.Grade.Categorie);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(code), code, "Code d'anomalie inconnu.");
        }

        s.Anomalies.Add(code);
    }

    private static ObsoleteVisaKind PickObsoleteVisa(Random random, ActScenario s)
    {
        var kinds = new List<ObsoleteVisaKind> { ObsoleteVisaKind.Loi84_53, ObsoleteVisaKind.Loi84_53, ObsoleteVisaKind.Loi83_634 };
        if (s.Type is ActKind.NominationStagiaire or ActKind.Titularisation or ActKind.ProrogationStage && s.DateSignature >= new DateOnly(2025, 10, 1))
        {
            kinds.Add(ObsoleteVisaKind.Decret92_1194);
        }

        if (s.Type == ActKind.TempsPartiel)
        {
            kinds.Add(ObsoleteVisaKind.ComiteTechnique);
        }

        if (s.Type == ActKind.Contrat)
        {
            kinds.Add(ObsoleteVisaKind.AgentNonTitulaire);
        }

        return random.Pick(kinds);
    }

    private string WrongTribunal(Random random, string right)
    {
        string wrong;
        do
        {
            wrong = random.Pick(referentiels.Departements.Tribunals);
        }
        while (wrong == right);
        return wrong;
    }

    private static void Retroactive(Random random, ActScenario s)
    {
        var shift = s.DateEffet.DayNumber - s.DateSignature.DayNumber + random.Next(15, 90);
        s.DateEffet = s.DateEffet.AddDays(-shift);
        if (s.DateEffet < new DateOnly(2024, 1, 1))
        {
            // Keep the grid of 2024 applicable: move the signature later rather than the effect before 2024.
            var gap = new DateOnly(2024, 1, 1).DayNumber - s.DateEffet.DayNumber;
            s.DateEffet = s.DateEffet.AddDays(gap);
            s.DateSignature = s.DateSignature.AddDays(gap);
        }

        if (s.DateFin is not null && s.DureeMois is not null)
        {
            s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        }
    }

    private static void Incoherent(Random random, ActScenario s)
    {
        if (s.DateFin is not null && s.Nature != "refus" && (s.DateDemande is null || random.Chance(0.6)))
        {
            // End before start.
            s.DateFin = s.DateEffet.AddDays(-random.Next(20, 200));
            return;
        }

        // The act answers a request dated after its own signature.
        s.DateDemande = s.DateSignature.AddDays(random.Next(10, 60));
    }

    private static void OffGrid(Random random, ActScenario s)
    {
        var right = s.Grade.Echelon(s.Echelon!.Value);
        if (random.Chance(0.5))
        {
            s.IndiceMajore = right.IndiceMajore + random.Pick([-4, -2, 3, 5, 9]);
        }
        else
        {
            // An IB from another échelon with the right IM: a copy-paste error.
            var other = s.Grade.Echelons.First(e => e.Number != right.Number && e.IndiceBrut != right.IndiceBrut);
            s.IndiceBrut = other.IndiceBrut;
        }
    }

    private static void StageTooShortOrLong(Random random, ActScenario s)
    {
        if (s.Type == ActKind.Titularisation)
        {
            // Titularised after 7 to 9 months of a one-year stage.
            s.DebutStage = s.DateEffet.AddMonths(-random.Next(7, 10));
            return;
        }

        s.DureeMois = random.Pick([15, 18, 24]);
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
    }

    private static void PositionOutOfBounds(Random random, ActScenario s)
    {
        switch (s.Type)
        {
            case ActKind.Disponibilite:
                (s.Motif, s.DureeMois) = random.Next(3) switch
                {
                    0 => ("convenances_personnelles", random.Pick([72, 84])),
                    1 => ("etudes", 48),
                    _ => ("creation_entreprise", 36),
                };
                break;
            case ActKind.CongeParental:
                s.DureeMois = random.Pick([8, 9, 12]);
                break;
            case ActKind.Detachement:
                s.Motif = random.Chance(0.5) ? "courte" : "longue";
                s.DureeMois = s.Motif == "courte" ? random.Pick([9, 10]) : random.Pick([72, 84]);
                break;
            default:
                if (s.Motif == "de_droit")
                {
                    s.Quotite = random.Pick([40, 90]);
                }
                else
                {
                    s.Quotite = random.Pick([30, 40, 45]);
                }

                break;
        }

        s.DateFin = s.DateEffet.AddMonths(s.DureeMois ?? 12).AddDays(-1);
    }

    private static void ContractTooLong(Random random, ActScenario s)
    {
        s.DureeMois = s.BaseLegale switch
        {
            "L332-23 1°" => random.Pick([15, 18, 24]),
            "L332-23 2°" => random.Pick([8, 9, 12]),
            "L332-14" => random.Pick([24, 30]),
            "L332-13" => null,
            _ => random.Pick([48, 60]),
        };
        if (s.DureeMois is null)
        {
            // A replacement cannot be made for a fixed three years whatever the absence: move it to an accroissement basis.
            s.BaseLegale = "L332-23 1°";
            s.AgentRemplace = null;
            s.DureeMois = 18;
        }

        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        if (s.EssaiJours > 30 && s.DureeMois < 24)
        {
            s.EssaiJours = 30;
        }
    }

    private static string OneLetterOff(Random random, string surname)
    {
        var letters = surname.ToCharArray();
        var index = letters.Select((c, i) => (c, i)).Where(t => char.IsAsciiLetterUpper(t.c)).Select(t => t.i).ToArray();
        var at = index[random.Next(1, index.Length)];
        letters[at] = letters[at] == 'T' ? 'D' : letters[at] == 'D' ? 'T' : letters[at] == 'E' ? 'A' : 'E';
        var result = new string(letters);
        return result == surname ? surname + "E" : result;
    }
}
