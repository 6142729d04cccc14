using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class ContratRulesTests
{
    private const string BasisVisa = "Vu le code général de la fonction publique, notamment son article L. 332-23 1° ;";

    [Fact]
    public void ContratBaseLegale_NoArticle_Fires()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, BasisVisa, "Vu le code général de la fonction publique ;"), f => f.BaseLegale = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.ContratBaseLegale, act));

        Assert.Equal(Severity.Bloquante, anomaly.Severity);
        Assert.Equal("CGFP R. 331-6", anomaly.LegalBasis);
    }

    [Fact]
    public void ContratBaseLegale_ArticleWithoutItsAlinea_Fires()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "L. 332-23 1°", "L. 332-23"), f => f.BaseLegale = "L332-23");

        Assert.Contains("sans préciser l'alinéa", Assert.Single(RuleRunner.Run(AnomalyCodes.ContratBaseLegale, act)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("L. 332-14")]
    [InlineData("L. 332-8, 2°")]
    [InlineData("L.332-13")]
    public void ContratBaseLegale_ArticleStated_DoesNotFire(string article)
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "L. 332-23 1°", article), f => f.BaseLegale = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.ContratBaseLegale, act));
    }

    [Fact]
    public void ContratBaseLegale_FormerLoi8453Basis_IsABasis()
    {
        var act = SampleActs.Contrat(
            t => TestActs.Replace(t, BasisVisa, "Vu la loi n° 84-53 du 26 janvier 1984, notamment son article 3 1° ;"),
            f =>
            {
                f.BaseLegale = null;
                f.DateSignature = new DateOnly(2021, 3, 20);
            });

        Assert.Empty(RuleRunner.Run(AnomalyCodes.ContratBaseLegale, act));
    }

    [Fact]
    public void ContratBaseLegale_SignedBeforeOctober2025_RestsOnDecret88145()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, BasisVisa, "Vu le code général de la fonction publique ;"), f =>
        {
            f.BaseLegale = null;
            f.DateSignature = new DateOnly(2025, 9, 30);
        });

        Assert.Equal("décr. 88-145 art. 3 (aujourd'hui CGFP R. 331-6)", Assert.Single(RuleRunner.Run(AnomalyCodes.ContratBaseLegale, act)).LegalBasis);
    }

    [Theory]
    [InlineData("L332-23 1°", "2026-09-30", false)]
    [InlineData("L332-23 1°", "2027-03-31", false)]
    [InlineData("L332-23 1°", "2027-04-30", true)]
    [InlineData("L332-23 2°", "2026-09-30", false)]
    [InlineData("L332-23 2°", "2026-10-31", true)]
    [InlineData("L332-14", "2027-03-31", false)]
    [InlineData("L332-14", "2027-06-30", true)]
    [InlineData("L332-8 2°", "2029-03-31", false)]
    [InlineData("L332-8 2°", "2030-03-31", true)]
    [InlineData("L332-13", "2030-03-31", false)]
    public void ContratDuree_BeyondTheMaximumOfTheBasis_Fires(string basis, string end, bool expected)
    {
        var act = SampleActs.Contrat(
            t => TestActs.Replace(t, "L. 332-23 1°", "L. " + basis[1..]).Replace(" au 30 septembre 2026", string.Empty, StringComparison.Ordinal),
            f =>
            {
                f.BaseLegale = basis;
                f.DateFin = DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
            });

        var anomalies = RuleRunner.Run(AnomalyCodes.ContratDuree, act);

        Assert.Equal(expected, anomalies.Count == 1);
        Assert.All(anomalies, a => Assert.Equal(Severity.Bloquante, a.Severity));
    }

    [Fact]
    public void ContratDuree_DurationReadFromTheText()
    {
        var act = SampleActs.Contrat(
            t => TestActs.Replace(t, "du 1er avril 2026 au 30 septembre 2026", "pour une durée de dix-huit mois à compter du 1er avril 2026"),
            f =>
            {
                f.DateFin = null;
                f.BaseLegale = null;
            });

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.ContratDuree, act));

        Assert.Contains("de 18 mois", anomaly.Message, StringComparison.Ordinal);
        Assert.Contains("1 an sur 18 mois consécutifs", anomaly.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("à la mairie de Saint-Pair-sur-Mer, ", "lieu d'exercice")]
    [InlineData(", emploi de catégorie C", "catégorie hiérarchique")]
    [InlineData(", à temps complet (35 heures hebdomadaires)", "temps de travail")]
    public void ContratMention_MissingMention_FiresNamingIt(string removed, string expected)
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, removed, removed.StartsWith(',') ? string.Empty : "ailleurs, "), f => f.Categorie = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.ContratMention, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Contains(expected, anomaly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContratMention_RemunerationMissing_Fires()
    {
        var act = SampleActs.Contrat(
            t => TestActs.Replace(t, "Article 3 : L'agent percevra une rémunération calculée sur la base de l'indice brut 367, indice majoré 366.", string.Empty),
            f =>
            {
                f.IndiceBrut = null;
                f.IndiceMajore = null;
            });

        Assert.Contains("la rémunération", Assert.Single(RuleRunner.Run(AnomalyCodes.ContratMention, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContratMention_CategorieInferredByTheExtractionWithoutEvidence_IsNotAMention()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, ", emploi de catégorie C", string.Empty), f => f.Categorie = "C");

        Assert.Single(RuleRunner.Run(AnomalyCodes.ContratMention, act));
    }

    [Theory]
    [InlineData("du 1er avril 2026 au 30 septembre 2026", "période d'essai de 15 jours", false)]
    [InlineData("du 1er avril 2026 au 30 septembre 2026", "période d'essai de deux mois", true)]
    [InlineData("du 1er avril 2026 au 31 août 2026", "période d'essai de 1 mois", true)]
    [InlineData("du 1er avril 2026 au 31 août 2026", "période d'essai de trois semaines", false)]
    [InlineData("du 1er avril 2026 au 31 mars 2028", "période d'essai de trois mois", false)]
    [InlineData("du 1er avril 2026 au 31 mars 2028", "période d'essai de quatre mois", true)]
    public void ContratEssai_LongerThanAllowedForTheContractLength_Fires(string period, string essai, bool expected)
    {
        var act = SampleActs.Contrat(
            t => TestActs.Replace(TestActs.Replace(t, "du 1er avril 2026 au 30 septembre 2026", period), "période d'essai de 15 jours", essai),
            f =>
            {
                f.DateFin = null;
                f.BaseLegale = "L332-8 2°";
            });

        var anomalies = RuleRunner.Run(AnomalyCodes.ContratEssai, act);

        Assert.Equal(expected, anomalies.Count == 1);
        Assert.All(anomalies, a => Assert.Contains("période d'essai", a.Evidence?.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ContratEssai_BeforeAugust2022_IsNotChecked()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "période d'essai de 15 jours", "période d'essai de quatre mois"), f => f.DateSignature = new DateOnly(2022, 8, 14));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.ContratEssai, act));
    }

    [Fact]
    public void ContratEssai_OnARenewal_Fires()
    {
        var act = SampleActs.Contrat(fields: f => f.Nature = "renouvellement");

        Assert.Contains("renouvellement", Assert.Single(RuleRunner.Run(AnomalyCodes.ContratEssai, act)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Le présent contrat sera renouvelé par tacite reconduction, sauf dénonciation par l'une des parties.", true)]
    [InlineData("À son terme, le contrat est reconduit tacitement pour la même durée.", true)]
    [InlineData("Le présent contrat ne peut en aucun cas faire l'objet d'une reconduction tacite.", false)]
    [InlineData("Le présent contrat pourra être renouvelé par décision expresse.", false)]
    public void ContratReconductionTacite_Clause(string clause, bool expected)
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(t, "Article 5 :", "Article 4 bis : " + clause + "\nArticle 5 :"));

        var anomalies = RuleRunner.Run(AnomalyCodes.ContratReconductionTacite, act);

        Assert.Equal(expected, anomalies.Count == 1);
        Assert.All(anomalies, a => Assert.Equal("CGFP L. 332-9; CE 27 oct. 1999 n° 178412", a.LegalBasis));
    }

    [Fact]
    public void ContratReconductionTacite_TempsPartielMayBeTacitlyRenewed()
    {
        var text = SampleActs.AvancementEchelonText.Replace("Article 2 :", "Article 1 bis : L'autorisation est renouvelée par tacite reconduction dans la limite de trois ans.\nArticle 2 :", StringComparison.Ordinal);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.ContratReconductionTacite, SampleActs.Generic(ActType.TempsPartiel, text)));
    }
}
