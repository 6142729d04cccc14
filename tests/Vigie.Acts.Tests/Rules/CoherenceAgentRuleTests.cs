using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class CoherenceAgentRuleTests
{
    private const string Execution = "Article 2 : Le Directeur général des services est chargé de l'exécution du présent arrêté, qui sera notifié à l'intéressée.";

    [Theory]
    [InlineData("Mme Claire DUPOND", "le nom")]
    [InlineData("Mme Claire MARTINEAU", "le nom")]
    [InlineData("Mme Claude DUPONT", "le prénom")]
    [InlineData("M. Claire DUPONT", "la civilité")]
    public void CoherenceAgent_IdentityDiffers_Fires(string other, string what)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "qui sera notifié à l'intéressée", "qui sera notifié à " + other));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Contains(what + " diffère", anomaly.Message, StringComparison.Ordinal);
        Assert.Equal(other, anomaly.Evidence?.Text);
    }

    [Theory]
    [InlineData("Mme Claire DUPONT")]
    [InlineData("Mme DUPONT")]
    [InlineData("Madame Claire DUPONT-LEROY")]
    [InlineData("M. Nicolas MARTIN, Maire")]
    [InlineData("Mme Claire BERNARD, Adjointe au Maire")]
    public void CoherenceAgent_SamePersonOrSomeoneElse_DoesNotFire(string other)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "qui sera notifié à l'intéressée", "qui sera notifié à " + other));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act));
    }

    [Fact]
    public void CoherenceAgent_WithoutExtractedIdentity_TheMostNamedPersonIsTheAgent()
    {
        var act = TestActs.Build(ActType.AvancementEchelon, SampleActs.AvancementEchelonText.Replace(Execution, Execution.Replace("l'intéressée", "Mme Claire DURAND", StringComparison.Ordinal), StringComparison.Ordinal));

        Assert.Single(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act));
    }

    [Fact]
    public void CoherenceAgent_OneLetterOffOnAPoorScan_IsAMisreading()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "qui sera notifié à l'intéressée", "qui sera notifié à Mme Claire DUP0NT"), ocr: 65);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act));
    }

    [Fact]
    public void CoherenceAgent_OtherGradeInTheFile_Fires()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "\nARRÊTE", "Vu le dossier individuel de Mme Claire DUPONT, rédacteur, catégorie B ;\n\nARRÊTE"));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act));

        Assert.Contains("« rédacteur »", anomaly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CoherenceAgent_GradesQuotedInDecreeTitles_AreNotTheAgents()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "\nARRÊTE", "Vu le décret n° 2010-329 du 22 mars 2010 portant dispositions statutaires communes à divers cadres d'emplois de fonctionnaires de la catégorie B, dont celui de rédacteur ;\n\nARRÊTE"));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act));
    }

    [Fact]
    public void CoherenceAgent_AvancementDeGradeNamesBothGrades_ButNotAnotherCategorie()
    {
        var text = SampleActs.AvancementEchelonText.Replace("\nARRÊTE", "Vu l'arrêté classant Mme Claire DUPONT, adjoint administratif, au 8e échelon ;\n\nARRÊTE", StringComparison.Ordinal);
        var lawful = SampleActs.Generic(ActType.AvancementGrade, text, f => f.Grade = "adjoint administratif principal de 2e classe");
        var wrong = SampleActs.Generic(ActType.AvancementGrade, text.Replace("\nARRÊTE", "Vu le dossier de Mme Claire DUPONT, agent de catégorie B ;\n\nARRÊTE", StringComparison.Ordinal), f => f.Grade = "adjoint administratif principal de 2e classe");

        Assert.Empty(RuleRunner.Run(AnomalyCodes.CoherenceAgent, lawful));
        Assert.Contains("catégorie indiquée (B)", Assert.Single(RuleRunner.Run(AnomalyCodes.CoherenceAgent, wrong)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CoherenceAgent_ContractCategorieOfItsGrade_DoesNotFire()
    {
        Assert.Empty(RuleRunner.Run(AnomalyCodes.CoherenceAgent, SampleActs.Contrat(fields: f => f.Grade = "adjoint administratif")));
    }

    [Fact]
    public void CoherenceAgent_ContractCategorieOfAnotherGrade_Fires()
    {
        var act = SampleActs.Contrat(fields: f =>
        {
            f.Grade = "rédacteur";
            f.Categorie = null;
        });

        Assert.Contains("relève de la catégorie B", Assert.Single(RuleRunner.Run(AnomalyCodes.CoherenceAgent, act)).Message, StringComparison.Ordinal);
    }
}
