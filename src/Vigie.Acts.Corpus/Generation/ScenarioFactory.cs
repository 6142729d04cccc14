using Vigie.Acts.Corpus.Referentiels;
using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Builds legally correct scenarios (shared/domain/actes-rh.md): grids of §3, durations of §2, dates consistent,
/// effect never before signature for nominations and contracts.
/// </summary>
public sealed class ScenarioFactory(CorpusReferentiels referentiels)
{
    private static readonly DateOnly FirstSignature = new(2024, 2, 1);
    private static readonly DateOnly LastSignature = new(2026, 2, 20);

    private static readonly string[] Emplois =
    [
        "agent d'entretien des espaces verts", "agent d'accueil", "assistant administratif", "agent polyvalent des services techniques",
        "agent d'entretien des bâtiments", "animateur périscolaire", "agent de restauration scolaire", "chargé de communication",
        "gestionnaire comptable", "agent de surveillance de la voie publique",
    ];

    private static readonly string[] OrganismesDetachement =
    [
        "ministère de l'Intérieur", "centre hospitalier", "ministère de l'Éducation nationale", "Office national des forêts",
    ];

    private readonly CollectiviteFactory _collectivites = new(referentiels);

    public ActScenario Create(Random random, ActKind type, HouseStyle style, int sequence)
    {
        ArgumentNullException.ThrowIfNull(random);
        var collectivite = _collectivites.Create(random, style);
        var signature = random.Between(FirstSignature, LastSignature);
        var grades = referentiels.Grades;
        var scenario = new ActScenario
        {
            Type = type,
            Style = style,
            Collectivite = collectivite,
            Signatory = _collectivites.CreateSignatory(random, collectivite, style, signature),
            Agent = referentiels.Names.Pick(random),
            Numero = $"{signature.Year}-{random.Next(1, 400):000}",
            Grade = random.Pick(grades.All),
            DateSignature = signature,
            DateEffet = signature,
            TribunalEcrit = collectivite.Departement.Tribunal,
        };
        switch (type)
        {
            case ActKind.NominationStagiaire:
                NominationStagiaire(random, scenario);
                break;
            case ActKind.Titularisation:
                Titularisation(random, scenario);
                break;
            case ActKind.ProrogationStage:
                Prorogation(random, scenario);
                break;
            case ActKind.AvancementEchelon:
                AvancementEchelon(random, scenario);
                break;
            case ActKind.AvancementGrade:
                AvancementGrade(random, scenario);
                break;
            case ActKind.PromotionInterne:
                PromotionInterne(random, scenario);
                break;
            case ActKind.Mutation:
                Mutation(random, scenario);
                break;
            case ActKind.Detachement:
                Detachement(random, scenario);
                break;
            case ActKind.Disponibilite:
                Disponibilite(random, scenario);
                break;
            case ActKind.TempsPartiel:
                TempsPartiel(random, scenario);
                break;
            case ActKind.CongeParental:
                CongeParental(random, scenario);
                break;
            case ActKind.RadiationRetraite:
                Retraite(random, scenario);
                break;
            case ActKind.Contrat:
                Contrat(random, scenario);
                break;
            case ActKind.Autre:
                Autre(random, scenario);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type, "Type non généré.");
        }

        return scenario;
    }

    /// <summary>Effect on or after signature, usually the first of a month.</summary>
    private static DateOnly EffetApresSignature(Random random, DateOnly signature)
    {
        var date = signature.AddDays(random.Next(0, 45));
        return random.Chance(0.7) ? RandomExtensions.FirstOfMonthOnOrAfter(date) : date;
    }

    private static void SetEchelon(ActScenario s, GradeGrid grade, int echelon)
    {
        s.Grade = grade;
        s.Echelon = echelon;
        s.IndiceBrut = grade.Echelon(echelon).IndiceBrut;
        s.IndiceMajore = grade.Echelon(echelon).IndiceMajore;
    }

    private void NominationStagiaire(Random random, ActScenario s)
    {
        var g = referentiels.Grades;
        GradeGrid[] grades = [g.AdjointAdministratif, g.AdjointTechnique, g.AdjointAdministratif, g.AdjointTechnique, g.AdjointAdministratifP2, g.AdjointTechniqueP2, g.RedacteurGrade, g.AttacheGrade];
        var grade = random.Pick(grades);
        SetEchelon(s, grade, random.Chance(0.8) ? 1 : random.Next(2, 4));
        s.DateEffet = EffetApresSignature(random, s.DateSignature);
        s.DureeMois = 12;
    }

    private void Titularisation(Random random, ActScenario s)
    {
        var g = referentiels.Grades;
        GradeGrid[] grades = [g.AdjointAdministratif, g.AdjointTechnique, g.AdjointAdministratifP2, g.AdjointTechniqueP2, g.RedacteurGrade, g.AttacheGrade];
        var grade = random.Pick(grades);
        SetEchelon(s, grade, random.Next(1, 3));
        s.DureeMois = 12;
        s.DateEffet = RandomExtensions.FirstOfMonthOnOrAfter(s.DateSignature.AddDays(random.Next(-25, 20)));
        if (s.DateEffet < new DateOnly(2024, 1, 1))
        {
            s.DateEffet = new DateOnly(2024, 2, 1);
        }

        s.DebutStage = s.DateEffet.AddMonths(-12);
    }

    private void Prorogation(Random random, ActScenario s)
    {
        var g = referentiels.Grades;
        GradeGrid[] grades = [g.AdjointAdministratif, g.AdjointTechnique, g.AdjointAdministratifP2, g.RedacteurGrade, g.AttacheGrade];
        s.Grade = random.Pick(grades);
        s.DateEffet = RandomExtensions.FirstOfMonthOnOrAfter(s.DateSignature.AddDays(random.Next(5, 40)));
        s.DebutStage = s.DateEffet.AddMonths(-12);
        s.DureeMois = random.Pick([3, 4, 6, 6, 6]);
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        s.Nature = "prorogation";
    }

    private void AvancementEchelon(Random random, ActScenario s)
    {
        var grade = random.Pick(referentiels.Grades.All);
        SetEchelon(s, grade, random.Next(2, grade.EchelonCount + 1));
        if (s.DateSignature < new DateOnly(2024, 4, 1))
        {
            s.DateSignature = s.DateSignature.AddDays(70);
        }

        // Avancement d'échelon is not a nomination: an effect a few weeks before signature is lawful and usual.
        s.DateEffet = s.DateSignature.AddDays(random.Next(-60, 30));
        s.AncienEchelon = s.Echelon - 1;
    }

    private void AvancementGrade(Random random, ActScenario s)
    {
        var g = referentiels.Grades;
        GradeGrid[] from = [g.AdjointAdministratif, g.AdjointTechnique, g.AdjointAdministratifP2, g.AdjointTechniqueP2, g.RedacteurGrade, g.RedacteurP2Grade];
        var ancien = random.Pick(from);
        var ancienEchelon = random.Next(Math.Min(5, ancien.EchelonCount - 2), ancien.EchelonCount);
        var target = g.NextByAvancement(ancien)!;
        var classement = GradeCatalog.ClassementIndiceSuperieur(target, ancien.Echelon(ancienEchelon).IndiceBrut);
        s.AncienGrade = ancien;
        s.AncienEchelon = ancienEchelon;
        SetEchelon(s, target, classement.Number);
        s.DateEffet = EffetApresSignature(random, s.DateSignature);
    }

    private void PromotionInterne(Random random, ActScenario s)
    {
        var g = referentiels.Grades;
        GradeGrid[] from = [g.AdjointAdministratifP2, g.AdjointAdministratifP1, g.AdjointTechniqueP1, g.RedacteurGrade, g.RedacteurP2Grade];
        var ancien = random.Pick(from);
        var ancienEchelon = random.Next(4, ancien.EchelonCount);
        var target = g.NextByPromotionInterne(ancien)!;
        var classement = GradeCatalog.ClassementIndiceSuperieur(target, ancien.Echelon(ancienEchelon).IndiceBrut);
        s.AncienGrade = ancien;
        s.AncienEchelon = ancienEchelon;
        SetEchelon(s, target, classement.Number);
        s.DateEffet = EffetApresSignature(random, s.DateSignature);
        s.DureeMois = 6;
    }

    private void Mutation(Random random, ActScenario s)
    {
        var grade = random.Pick(referentiels.Grades.All);
        SetEchelon(s, grade, random.Next(1, grade.EchelonCount + 1));
        s.DateEffet = EffetApresSignature(random, s.DateSignature);
        var origin = random.Pick(referentiels.Communes.Communes);
        s.Organisme = $"commune {FrenchGrammar.De(origin.Nom)}";
    }

    private void Detachement(Random random, ActScenario s)
    {
        var grade = random.Pick(referentiels.Grades.All);
        SetEchelon(s, grade, random.Next(1, grade.EchelonCount + 1));
        s.DateEffet = EffetApresSignature(random, s.DateSignature);
        var courte = random.Chance(0.3);
        s.Motif = courte ? "courte" : "longue";
        s.DureeMois = courte ? random.Next(2, 7) : random.Pick([12, 24, 36, 36, 60]);
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        s.Organisme = random.Pick(OrganismesDetachement);
        s.Nature = "placement";
    }

    private void Disponibilite(Random random, ActScenario s)
    {
        s.Grade = random.Pick(referentiels.Grades.All);
        s.DateDemande = s.DateSignature.AddDays(-random.Next(15, 70));
        s.DateEffet = RandomExtensions.FirstOfMonthOnOrAfter(s.DateSignature.AddDays(random.Next(0, 50)));
        var motif = random.Next(3);
        (s.Motif, s.DureeMois) = motif switch
        {
            0 => ("convenances_personnelles", random.Pick([6, 12, 12, 24, 36, 60])),
            1 => ("etudes", random.Pick([12, 24, 36])),
            _ => ("creation_entreprise", random.Pick([12, 24])),
        };
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        s.Nature = "placement";
    }

    private void TempsPartiel(Random random, ActScenario s)
    {
        s.Grade = random.Pick(referentiels.Grades.All);
        s.DateDemande = s.DateSignature.AddDays(-random.Next(20, 75));
        s.DateEffet = RandomExtensions.FirstOfMonthOnOrAfter(s.DateSignature.AddDays(random.Next(0, 40)));
        s.DureeMois = random.Pick([6, 12, 12]);
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        var draw = random.Next(10);
        if (draw < 4)
        {
            s.Motif = "de_droit";
            s.Quotite = random.Pick([50, 60, 70, 80, 80]);
            s.DateNaissanceEnfant = s.DateEffet.AddDays(-random.Next(60, 700));
            s.Nature = "placement";
        }
        else if (draw < 8)
        {
            s.Motif = "sur_autorisation";
            s.Quotite = random.Pick([50, 60, 70, 80, 90]);
            s.Nature = random.Chance(0.3) ? "renouvellement" : "placement";
        }
        else
        {
            s.Motif = "sur_autorisation";
            s.Quotite = random.Pick([50, 80, 90]);
            s.Nature = "refus";
        }
    }

    private void CongeParental(Random random, ActScenario s)
    {
        s.Grade = random.Pick(referentiels.Grades.All);
        s.DateDemande = s.DateSignature.AddDays(-random.Next(30, 70));
        s.DateEffet = RandomExtensions.FirstOfMonthOnOrAfter(s.DateSignature.AddDays(random.Next(0, 30)));
        s.DureeMois = random.Next(2, 7);
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        s.DateNaissanceEnfant = s.DateEffet.AddDays(-random.Next(30, 500));
        s.Nature = random.Chance(0.3) ? "renouvellement" : "placement";
    }

    private void Retraite(Random random, ActScenario s)
    {
        s.Grade = random.Pick(referentiels.Grades.All);
        s.DateEffet = RandomExtensions.FirstOfMonthOnOrAfter(s.DateSignature.AddDays(random.Next(20, 120)));
        var age = random.Next(62, 67);
        s.DateNaissance = s.DateEffet.AddYears(-age).AddDays(-random.Next(1, 300));
        s.DateDemande = s.DateSignature.AddDays(-random.Next(90, 200));
    }

    private void Contrat(Random random, ActScenario s)
    {
        var g = referentiels.Grades;
        s.Emploi = random.Pick(Emplois);
        GradeGrid[] grades = [g.AdjointAdministratif, g.AdjointTechnique, g.AdjointTechnique, g.RedacteurGrade];
        var grade = random.Pick(grades);
        SetEchelon(s, grade, random.Chance(0.75) ? 1 : random.Next(2, 4));
        s.DateEffet = EffetApresSignature(random, s.DateSignature);
        s.LieuExercice = s.Collectivite.Kind == CollectiviteKind.Commune
            ? random.Pick([$"mairie {FrenchGrammar.De(s.Collectivite.Lieu)}", $"centre technique municipal {FrenchGrammar.De(s.Collectivite.Lieu)}", $"services municipaux {FrenchGrammar.De(s.Collectivite.Lieu)}"])
            : $"siège de la collectivité, {s.Collectivite.Lieu}";
        s.DureeHebdomadaire = random.Pick([35.0, 35.0, 35.0, 28.0, 17.5]);
        var bases = new List<(string Base, int MaxMonths)>
        {
            ("L332-23 1°", 12), ("L332-23 1°", 12), ("L332-23 2°", 6), ("L332-13", 12), ("L332-14", 12), ("L332-8 2°", 36),
        };
        if (s.Collectivite.Kind == CollectiviteKind.Commune && s.Collectivite.Population is > 0 and < 1000)
        {
            bases.Add(("L332-8 3°", 36));
        }

        var (basis, max) = random.Pick(bases);
        s.BaseLegale = basis;
        s.DureeMois = basis switch
        {
            "L332-23 1°" => random.Pick([3, 4, 6, 6, 10, 12]),
            "L332-23 2°" => random.Pick([2, 3, 4, 6]),
            "L332-13" => random.Pick([2, 3, 5, 8]),
            "L332-14" => random.Pick([6, 12, 12]),
            _ => random.Pick([12, 24, 36, 36]),
        };
        s.DureeMois = Math.Min(s.DureeMois.Value, max);
        s.DateFin = s.DateEffet.AddMonths(s.DureeMois.Value).AddDays(-1);
        if (basis == "L332-13")
        {
            s.AgentRemplace = referentiels.Names.Pick(random);
        }

        // Période d'essai well inside R. 332-20 whatever reading of the thresholds (3 weeks < 6 months, 1 month < 1 year…).
        s.EssaiJours = random.Chance(0.3) ? 0 : s.DureeMois switch
        {
            <= 6 => random.Pick([14, 21]),
            <= 12 => random.Pick([21, 30]),
            < 24 => 30,
            _ => random.Pick([30, 60, 60]),
        };
    }

    private void Autre(Random random, ActScenario s)
    {
        var grade = random.Pick(referentiels.Grades.All);
        SetEchelon(s, grade, random.Next(1, grade.EchelonCount + 1));
        s.Echelon = null;
        s.IndiceBrut = null;
        s.IndiceMajore = null;
        s.DateEffet = s.DateSignature.AddDays(random.Next(-20, 30));
        s.Motif = random.Chance(0.5) ? "nbi" : "ifse";
        s.Quotite = s.Motif == "nbi" ? random.Pick([10, 15, 20, 25]) : random.Next(80, 600);
    }
}
