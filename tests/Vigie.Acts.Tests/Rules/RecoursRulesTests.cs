using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class RecoursRulesTests
{
    private const string Recours = "Article 3 : Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.";

    [Fact]
    public void RecoursAbsent_NoMention_FiresOnTheEndOfTheArticles()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Recours, string.Empty));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.RecoursAbsent, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Equal("CJA R. 421-5", anomaly.LegalBasis);
        Assert.Contains("Article 2", anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RecoursAbsent_MentionAfterTheSignature_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Recours, string.Empty) + "\nVoies et délais de recours : la présente décision peut être contestée devant le tribunal administratif de Caen dans les deux mois.");

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursAbsent, act));
    }

    [Fact]
    public void RecoursAbsent_ContractVisaOnRecoursAuxContractuels_IsNotARecoursMention()
    {
        var act = SampleActs.Contrat(t => TestActs.Replace(
            TestActs.Replace(t, "Article 5 : Le présent contrat peut faire l'objet d'un recours devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.", string.Empty),
            "Vu la délibération du 15 janvier 2026", "Vu la délibération du 15 janvier 2026 autorisant le recours à des agents contractuels"));

        Assert.Single(RuleRunner.Run(AnomalyCodes.RecoursAbsent, act));
    }

    [Fact]
    public void RecoursTribunal_WrongTribunal_FiresWithTheExpectedMessage()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "tribunal administratif de Caen", "Tribunal administratif de Rennes"));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.RecoursTribunal, act));

        Assert.Equal("Le recours est ouvert devant le tribunal administratif de Rennes, or la Manche relève du tribunal administratif de Caen.", anomaly.Message);
        Assert.Equal("CJA R. 221-3, R. 312-12", anomaly.LegalBasis);
        Assert.Equal("Tribunal administratif de Rennes", anomaly.Evidence?.Text);
    }

    [Theory]
    [InlineData("971", "tribunal administratif de la Guadeloupe")]
    [InlineData("971", "tribunal administratif de Basse-Terre")]
    [InlineData("972", "tribunal administratif de Fort-de-France")]
    [InlineData("93", "Tribunal Administratif de Montreuil")]
    [InlineData("95", "tribunal administratif de Cergy-Pontoise")]
    [InlineData("2A", "tribunal administratif de Bastia")]
    [InlineData("80", "tribunal administratif d'Amiens")]
    public void RecoursTribunal_CompetentTribunalWrittenAnyWay_DoesNotFire(string departement, string tribunal)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "tribunal administratif de Caen", tribunal), f => f.Departement = departement);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursTribunal, act));
    }

    [Fact]
    public void RecoursTribunal_TribunalThatDoesNotExist_Fires()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "tribunal administratif de Caen", "tribunal administratif de Saint-Lô"));

        Assert.Contains("tribunal administratif de Saint-Lô", Assert.Single(RuleRunner.Run(AnomalyCodes.RecoursTribunal, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecoursTribunal_UnnamedCompetentTribunal_HasNothingToCheck()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "tribunal administratif de Caen", "tribunal administratif territorialement compétent"));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursTribunal, act));
        Assert.Empty(act.AnalysisNotes);
    }

    [Fact]
    public void RecoursTribunal_DepartementUnknown_NotesInsteadOfGuessing()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.Departement = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursTribunal, act));
        Assert.Contains(act.AnalysisNotes, n => n.StartsWith("Département de la collectivité introuvable", StringComparison.Ordinal));
    }

    [Fact]
    public void RecoursTribunal_OneLetterMisreadByOcr_IsTheSameTribunal()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "tribunal administratif de Caen", "tribunal administratif de Cacn"), ocr: 71);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursTribunal, act));
    }

    [Theory]
    [InlineData("dans un délai de trois mois", "trois mois")]
    [InlineData("dans un délai de 1 mois", "1 mois")]
    [InlineData("dans les quinze jours", "quinze jours")]
    public void RecoursDelai_OtherThanTwoMonths_Fires(string delai, string quoted)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "dans un délai de deux mois", delai));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.RecoursDelai, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Equal("CJA R. 421-1", anomaly.LegalBasis);
        Assert.Contains(quoted, anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dans un délai de deux mois")]
    [InlineData("dans un délai de 2 mois")]
    [InlineData("dans les deux mois")]
    public void RecoursDelai_TwoMonths_DoesNotFire(string delai)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "dans un délai de deux mois", delai));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursDelai, act));
    }

    [Fact]
    public void RecoursDelai_SilenceOfTheAdministration_IsNotTheDelai()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "à compter de sa notification.", "à compter de sa notification. Un recours gracieux peut être formé ; le silence gardé pendant quatre mois vaut rejet."));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.RecoursDelai, act));
    }

    [Fact]
    public void RecoursDelai_OnlyTheExtractedField_IsUsedWhenTheTextSaysNothing()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, " dans un délai de deux mois", string.Empty), f => f.DelaiRecoursMois = 3);

        Assert.Contains("3 mois", Assert.Single(RuleRunner.Run(AnomalyCodes.RecoursDelai, act)).Message, StringComparison.Ordinal);
    }
}
