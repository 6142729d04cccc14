using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class CarriereRulesTests
{
    [Fact]
    public void GrilleEchelonInexistant_BeyondTheLastEchelon_Fires()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "au 5e échelon à compter", "au 13e échelon à compter"), f => f.Echelon = 13);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.GrilleEchelonInexistant, act));

        Assert.Equal(Severity.Bloquante, anomaly.Severity);
        Assert.Contains("compte 12 échelons", anomaly.Message, StringComparison.Ordinal);
        Assert.Equal("13e échelon", anomaly.Evidence?.Text);
    }

    [Fact]
    public void GrilleEchelonInexistant_LastEchelon_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(fields: f =>
        {
            f.Echelon = 12;
            f.IndiceBrut = 486;
            f.IndiceMajore = 425;
        });

        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleEchelonInexistant, act));
        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));
    }

    [Fact]
    public void GrilleIndice_WrongIndiceMajore_FiresWithTheGridValues()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "IM 374", "IM 375"), f => f.IndiceMajore = 375);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Equal("L'indice majoré 375 ne correspond pas au 5e échelon du grade d'adjoint administratif principal de 2e classe : la grille en vigueur le 1er mars 2026 prévoit IB 396 / IM 374.", anomaly.Message);
        Assert.Equal("375", anomaly.Evidence?.Text);
    }

    [Fact]
    public void GrilleIndice_BothIndicesWrong_NamesBoth()
    {
        var act = SampleActs.AvancementEchelon(fields: f =>
        {
            f.IndiceBrut = 404;
            f.IndiceMajore = 376;
        });

        Assert.Contains("ne correspondent pas", Assert.Single(RuleRunner.Run(AnomalyCodes.GrilleIndice, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrilleIndice_GradeWrittenDifferently_IsTheSameGrid()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.Grade = "Adjoint administratif territorial principal de 2ème classe");

        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));
        Assert.Empty(act.AnalysisNotes);
    }

    [Fact]
    public void GrilleIndice_BeforeTheGridsValidFrom_NotesInsteadOfComparing()
    {
        var act = SampleActs.AvancementEchelon(fields: f =>
        {
            f.DateEffet = new DateOnly(2023, 12, 31);
            f.IndiceMajore = 350;
        });

        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));
        Assert.Contains(act.AnalysisNotes, n => n.Contains("n'est pas dans le référentiel", StringComparison.Ordinal));
    }

    [Fact]
    public void GrilleIndice_FromTheGridsValidFrom_Compares()
    {
        var act = SampleActs.AvancementEchelon(fields: f =>
        {
            f.DateEffet = new DateOnly(2024, 1, 1);
            f.IndiceMajore = 350;
        });

        Assert.Single(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));
    }

    [Fact]
    public void GrilleIndice_GradeWithoutVerifiedGrid_SaysSoInTheNotes()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.Grade = "attaché principal");

        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));
        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleEchelonInexistant, act));
        Assert.Contains("Pas de grille de référence pour le grade « attaché principal » : l'échelon et les indices n'ont pas été contrôlés.", act.AnalysisNotes);
    }

    [Fact]
    public void GrilleIndice_ActWithoutEchelonNorIndices_NeedsNoNote()
    {
        var act = SampleActs.Disponibilite();

        Assert.Empty(RuleRunner.Run(AnomalyCodes.GrilleIndice, act));
        Assert.Empty(act.AnalysisNotes);
    }

    private const string TitularisationText = """
        COMMUNE DE SAINT-PAIR-SUR-MER
        Arrêté portant titularisation

        Le Maire de Saint-Pair-sur-Mer,

        Vu le code général de la fonction publique ;
        Vu l'arrêté en date du 10 février 2025 nommant Mme Claire DUPONT en qualité d'adjoint administratif stagiaire à compter du 1er mars 2025 ;
        Considérant que Mme Claire DUPONT a accompli son stage de manière satisfaisante ;

        ARRÊTE

        Article 1 : Mme Claire DUPONT, adjoint administratif stagiaire, est titularisée dans son grade à compter du 1er mars 2026.
        Article 2 : Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.

        Fait à Saint-Pair-sur-Mer, le 12 février 2026

        Le Maire,
        Nicolas MARTIN
        """;

    [Fact]
    public void StageDuree_TitularisationAfterAFullYear_DoesNotFire()
    {
        var act = SampleActs.Generic(ActType.Titularisation, TitularisationText);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.StageDuree, act));
        Assert.Empty(act.AnalysisNotes);
    }

    [Fact]
    public void StageDuree_TitularisationBeforeTheEndOfTheStage_Fires()
    {
        var act = SampleActs.Generic(ActType.Titularisation, TitularisationText.Replace("à compter du 1er mars 2025", "à compter du 1er juin 2025", StringComparison.Ordinal));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.StageDuree, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Contains("commencé le 1er juin 2025", anomaly.Message, StringComparison.Ordinal);
        Assert.Contains("s'achève le 31 mai 2026", anomaly.Message, StringComparison.Ordinal);
        Assert.Equal("CGFP R. 327-10, R. 327-11", anomaly.LegalBasis);
    }

    [Fact]
    public void StageDuree_ActSignedBeforeTheCodification_RestsOnDecret921194()
    {
        var text = TitularisationText.Replace("à compter du 1er mars 2025", "à compter du 1er juin 2025", StringComparison.Ordinal);
        var act = SampleActs.Generic(ActType.Titularisation, text, f => f.DateSignature = new DateOnly(2025, 9, 30));

        Assert.StartsWith("décr. 92-1194", Assert.Single(RuleRunner.Run(AnomalyCodes.StageDuree, act)).LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void StageDuree_TitularisationAfterAProrogation_CountsTheExtension()
    {
        var text = TitularisationText
            .Replace("Considérant", "Vu l'arrêté du 20 février 2026 prorogeant le stage jusqu'au 31 août 2026 ;\nConsidérant", StringComparison.Ordinal)
            .Replace("est titularisée dans son grade à compter du 1er mars 2026", "est titularisée dans son grade à compter du 1er avril 2026", StringComparison.Ordinal);
        var act = SampleActs.Generic(ActType.Titularisation, text, f => f.DateEffet = new DateOnly(2026, 4, 1));

        Assert.Contains("prolongé jusqu'au 31 août 2026", Assert.Single(RuleRunner.Run(AnomalyCodes.StageDuree, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StageDuree_TitularisationWithoutStageStart_NotesTheCheck()
    {
        var act = SampleActs.Generic(ActType.Titularisation, TitularisationText.Replace(" à compter du 1er mars 2025", string.Empty, StringComparison.Ordinal));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.StageDuree, act));
        Assert.Contains(act.AnalysisNotes, n => n.StartsWith("Date de début du stage introuvable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("est prorogé pour une durée de six mois", false)]
    [InlineData("est prorogé pour une durée de 12 mois", false)]
    [InlineData("est prorogé pour une durée de dix-huit mois", true)]
    [InlineData("est prorogé pour une durée de 2 ans", true)]
    public void StageDuree_Prorogation_FiresOnlyBeyondTheNormalLength(string words, bool expected)
    {
        var text = TitularisationText.Replace("est titularisée dans son grade à compter du 1er mars 2026", words + " à compter du 1er mars 2026", StringComparison.Ordinal);
        var act = SampleActs.Generic(ActType.ProrogationStage, text);

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.StageDuree, act).Count == 1);
    }

    [Fact]
    public void StageDuree_NominationOfSixMonths_Fires()
    {
        var act = SampleActs.NominationStagiaire(t => TestActs.Replace(t, "pour une durée d'un an", "pour une durée de six mois"));

        Assert.Contains("6 mois", Assert.Single(RuleRunner.Run(AnomalyCodes.StageDuree, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StageDuree_PromotionInterneStageOfSixMonths_IsTheNormalLength()
    {
        var text = SampleActs.NominationStagiaireText.Replace("pour une durée d'un an", "au titre de la promotion interne ; il accomplira un stage de six mois", StringComparison.Ordinal);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.StageDuree, SampleActs.Generic(ActType.PromotionInterne, text)));
    }

    [Theory]
    [InlineData("2026-04-01", "2031-03-31", false)]
    [InlineData("2026-04-01", "2031-04-01", false)]
    [InlineData("2026-04-01", "2031-04-02", true)]
    public void PositionDuree_DisponibiliteConvenancesPersonnelles_AtMostFiveYears(string start, string end, bool expected)
    {
        var act = SampleActs.Disponibilite(fields: f =>
        {
            f.DateDebut = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
            f.DateFin = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        });

        var anomalies = RuleRunner.Run(AnomalyCodes.PositionDuree, act);

        Assert.Equal(expected, anomalies.Count == 1);
        if (expected)
        {
            Assert.Equal("décr. 86-68; décr. 2004-777; CGFP L. 514-x, L. 515-x, L. 612-x", anomalies[0].LegalBasis);
            Assert.Contains("convenances personnelles", anomalies[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("études ou recherches", 48, true)]
    [InlineData("études ou recherches", 36, false)]
    [InlineData("créer ou reprendre une entreprise", 36, true)]
    [InlineData("élever un enfant", 96, false)]
    public void PositionDuree_DisponibiliteOtherMotifs_UseTheirOwnMaximum(string motif, int months, bool expected)
    {
        var act = SampleActs.Disponibilite(
            t => TestActs.Replace(t, "pour convenances personnelles du", "pour " + motif + " du"),
            f =>
            {
                f.Motif = null;
                f.DateFin = null;
                f.DureeMois = months;
            });

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.PositionDuree, act).Count == 1);
    }

    private const string CongeParentalText = """
        Arrêté portant placement en congé parental
        Le Maire de Saint-Pair-sur-Mer,
        Vu le code général de la fonction publique, notamment ses articles L. 515-1 à L. 515-9 ;
        ARRÊTE
        Article 1 : Mme Claire DUPONT, adjoint administratif, est placée en congé parental pour une période de huit mois, du 1er mars 2026 au 31 octobre 2026 inclus.
        Article 2 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Caen dans un délai de deux mois.
        Fait à Saint-Pair-sur-Mer, le 12 février 2026
        Le Maire,
        Nicolas MARTIN
        """;

    [Theory]
    [InlineData("2026-10-31", "2026-03-01", true)]
    [InlineData("2026-08-31", "2026-03-01", false)]
    [InlineData("2026-04-30", "2026-03-01", false)]
    [InlineData("2026-03-31", "2026-03-01", true)]
    [InlineData("2020-03-31", "2020-03-01", false)]
    public void PositionDuree_CongeParental_TwoToSixMonthsSinceMay2020(string end, string start, bool expected)
    {
        var act = SampleActs.Generic(ActType.CongeParental, CongeParentalText, f =>
        {
            f.DateEffet = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
            f.DateDebut = f.DateEffet;
            f.DateFin = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
            f.DateSignature = f.DateEffet.Value.AddDays(-15);
        });

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.PositionDuree, act).Count == 1);
    }

    [Fact]
    public void PositionDuree_CongeParentalReadFromTheText_WhenNoField()
    {
        var act = SampleActs.Generic(ActType.CongeParental, CongeParentalText);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.PositionDuree, act));

        Assert.Contains("du 1er mars 2026 au 31 octobre 2026 (soit 8 mois)", anomaly.Message, StringComparison.Ordinal);
        Assert.Contains("du 1er mars 2026 au 31 octobre 2026", anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("courte", 9, true)]
    [InlineData("courte", 6, false)]
    [InlineData("longue", 72, true)]
    [InlineData("longue", 60, false)]
    public void PositionDuree_Detachement_CourteAndLongueDuree(string motif, int months, bool expected)
    {
        var text = CongeParentalText.Replace("est placée en congé parental pour une période de huit mois, du 1er mars 2026 au 31 octobre 2026 inclus", $"est placée en position de détachement de {motif} durée", StringComparison.Ordinal);
        var act = SampleActs.Generic(ActType.Detachement, text, f => f.DureeMois = months);

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.PositionDuree, act).Count == 1);
    }

    [Theory]
    [InlineData("à temps partiel de droit à 90 %", true)]
    [InlineData("à temps partiel de droit à 80 %", false)]
    [InlineData("à temps partiel à 40 %", true)]
    [InlineData("à temps partiel à 75 %", false)]
    [InlineData("à temps partiel à 75 % (temps non complet)", true)]
    public void PositionDuree_TempsPartielQuotite(string words, bool expected)
    {
        var text = CongeParentalText.Replace("est placée en congé parental pour une période de huit mois, du 1er mars 2026 au 31 octobre 2026 inclus", "est autorisée à exercer ses fonctions " + words + " du 1er mars 2026 au 28 février 2027", StringComparison.Ordinal);
        var act = SampleActs.Generic(ActType.TempsPartiel, text);

        Assert.Equal(expected, RuleRunner.Run(AnomalyCodes.PositionDuree, act).Count == 1);
    }

    [Fact]
    public void PositionDuree_RefusalOfTempsPartiel_IsNotChecked()
    {
        var text = CongeParentalText.Replace("est placée en congé parental pour une période de huit mois, du 1er mars 2026 au 31 octobre 2026 inclus", "voit sa demande de temps partiel à 40 % refusée", StringComparison.Ordinal);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.PositionDuree, SampleActs.Generic(ActType.TempsPartiel, text, f => f.Nature = "refus")));
    }

    private const string RetraiteText = """
        Arrêté portant admission à la retraite
        Le Maire de Saint-Pair-sur-Mer,
        Vu la demande de M. Marc PETIT, adjoint technique, né le 15 mai 1959, en date du 2 septembre 2025 ;
        ARRÊTE
        Article 1 : M. Marc PETIT, adjoint technique, né le 15 mai 1959, est admis à faire valoir ses droits à la retraite à compter du 1er mars 2026.
        Article 2 : Le présent arrêté peut faire l'objet d'un recours devant le tribunal administratif de Caen dans un délai de deux mois.
        Fait à Saint-Pair-sur-Mer, le 12 février 2026
        Le Maire,
        Nicolas MARTIN
        """;

    [Theory]
    [InlineData("1959-02-27", true)]
    [InlineData("1959-02-28", false)]
    [InlineData("1959-05-15", false)]
    public void RetraiteLimiteAge_RadiationAfterSixtySeven_Fires(string birth, bool expected)
    {
        var act = SampleActs.Generic(ActType.RadiationRetraite, RetraiteText, f => f.DateNaissanceAgent = DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture));

        var anomalies = RuleRunner.Run(AnomalyCodes.RetraiteLimiteAge, act);

        Assert.Equal(expected, anomalies.Count == 1);
        Assert.All(anomalies, a => Assert.Equal(Severity.Bloquante, a.Severity));
    }

    [Fact]
    public void RetraiteLimiteAge_BirthReadFromTheText()
    {
        var act = SampleActs.Generic(ActType.RadiationRetraite, RetraiteText.Replace("15 mai 1959", "2 janvier 1958", StringComparison.Ordinal));

        Assert.Contains("agent né le 2 janvier 1958", Assert.Single(RuleRunner.Run(AnomalyCodes.RetraiteLimiteAge, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetraiteLimiteAge_ProlongationDActivite_DoesNotFire()
    {
        var text = RetraiteText.Replace("15 mai 1959", "2 janvier 1958", StringComparison.Ordinal)
            .Replace("ARRÊTE", "Vu l'arrêté du 5 janvier 2025 accordant une prolongation d'activité au-delà de la limite d'âge ;\nARRÊTE", StringComparison.Ordinal);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RetraiteLimiteAge, SampleActs.Generic(ActType.RadiationRetraite, text)));
    }

    [Fact]
    public void RetraiteLimiteAge_NoBirthDate_NotesTheCheck()
    {
        var act = SampleActs.Generic(ActType.RadiationRetraite, RetraiteText.Replace(", né le 15 mai 1959", string.Empty, StringComparison.Ordinal));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RetraiteLimiteAge, act));
        Assert.Contains(act.AnalysisNotes, n => n.StartsWith("Date de naissance de l'agent introuvable", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(352, "2024-01-01", true)]
    [InlineData(365, "2026-03-01", true)]
    [InlineData(366, "2026-03-01", false)]
    [InlineData(352, "2023-12-31", false)]
    public void RemunerationMinimum_BelowIm366From2024(int im, string effect, bool expected)
    {
        var act = SampleActs.Contrat(fields: f =>
        {
            f.IndiceMajore = im;
            f.IndiceBrut = null;
            f.DateEffet = DateOnly.Parse(effect, System.Globalization.CultureInfo.InvariantCulture);
            f.DateDebut = f.DateEffet;
        });

        var anomalies = RuleRunner.Run(AnomalyCodes.RemunerationMinimum, act);

        Assert.Equal(expected, anomalies.Count == 1);
        Assert.All(anomalies, a => Assert.Equal("décr. 85-1148 art. 8", a.LegalBasis));
    }

    [Fact]
    public void RemunerationMinimum_IndiceReadFromTheText()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "l'indice brut 367, indice majoré 366", "l'indice majoré 352"), f =>
        {
            f.IndiceBrut = null;
            f.IndiceMajore = null;
        });

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.RemunerationMinimum, act));

        Assert.Contains("L'indice majoré 352 est inférieur au minimum de traitement (IM 366 depuis le 1er janvier 2024)", anomaly.Message, StringComparison.Ordinal);
        Assert.Equal("352", anomaly.Evidence?.Text);
    }
}
