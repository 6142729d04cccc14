using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class SignatureRulesTests
{
    private const string Block = "Le Maire,\nNicolas MARTIN";

    [Fact]
    public void SignatureAbsente_NoSignatoryUnderFaitA_FiresWithTheBlockAsEvidence()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, string.Empty), f => f.Signataire = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.SignatureAbsente, act));

        Assert.Equal(Severity.Bloquante, anomaly.Severity);
        Assert.Equal("CRPA L. 212-1", anomaly.LegalBasis);
        Assert.Contains("n'est pas signé", anomaly.Message, StringComparison.Ordinal);
        Assert.NotNull(anomaly.Evidence);
        Assert.StartsWith("Fait à Saint-Pair-sur-Mer", anomaly.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(1, anomaly.Evidence.Page);
        var page = act.Segment.Document.Pages[0].Text;
        Assert.Equal(anomaly.Evidence.Text, page[anomaly.Evidence.Start!.Value..anomaly.Evidence.End!.Value]);
    }

    [Fact]
    public void SignatureAbsente_SignedAct_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.Signataire = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.SignatureAbsente, act));
    }

    [Fact]
    public void SignatureAbsente_ElectronicSignature_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, "Signé électroniquement"), f => f.Signataire = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.SignatureAbsente, act));
    }

    [Theory]
    [InlineData("Le Maire,\nMARTIN", "le prénom")]
    [InlineData("Le Maire,\nN. MARTIN", "seule son initiale")]
    [InlineData("Nicolas MARTIN", "la qualité")]
    [InlineData("Le Maire,", "le nom")]
    public void SignataireIncomplet_MissingPart_FiresNamingIt(string block, string expected)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, block), f => f.Signataire = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.SignataireIncomplet, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Contains(expected, anomaly.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Le Maire, Nicolas MARTIN")]
    [InlineData("Pour le Maire et par délégation,\nL'Adjointe déléguée au personnel,\nSophie LEGRAND")]
    [InlineData("Le Président du CCAS,\nJean-Pierre LE GALL")]
    public void SignataireIncomplet_CompleteSignatory_DoesNotFire(string block)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, block), f => f.Signataire = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.SignataireIncomplet, act));
    }

    [Fact]
    public void SignataireIncomplet_NoSignatureAtAll_LeavesItToSignatureAbsente()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, string.Empty), f => f.Signataire = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.SignataireIncomplet, act));
    }

    [Fact]
    public void DelegationAbsente_AdjointWithoutDelegation_Fires()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, "L'Adjointe au Maire,\nSophie LEGRAND"), f => f.Signataire = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DelegationAbsente, act));

        Assert.Equal(Severity.Bloquante, anomaly.Severity);
        Assert.Equal("CGFP L. 415-1; CGCT L. 2122-18, L. 2122-19", anomaly.LegalBasis);
        Assert.Contains("L'Adjointe au Maire", anomaly.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pour le Maire et par délégation,\nL'Adjointe au Maire,\nSophie LEGRAND")]
    [InlineData("P/le Maire,\nLe Directeur général des services,\nPaul BLANC")]
    [InlineData("Le Maire,\nNicolas MARTIN")]
    public void DelegationAbsente_DelegationStatedOrAutorite_DoesNotFire(string block)
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, Block, block), f => f.Signataire = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DelegationAbsente, act));
    }

    [Fact]
    public void DelegationAbsente_DelegationArreteInVisas_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(
                TestActs.Replace(t, Block, "L'Adjointe au Maire,\nSophie LEGRAND"),
                "Vu le décret n° 2016-604",
                "Vu l'arrêté n° 2026-01 du 5 janvier 2026 portant délégation de signature à Mme Sophie LEGRAND ;\nVu le décret n° 2016-604"),
            f => f.Signataire = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DelegationAbsente, act));
    }

    [Fact]
    public void DelegationAbsente_NoFaitALineAndFieldsSayNotAutorite_FiresOnTheFields()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(TestActs.Replace(t, "Fait à Saint-Pair-sur-Mer, le 12 février 2026", string.Empty), Block, string.Empty),
            f =>
            {
                f.SignataireEstAutorite = false;
                f.SignataireQualite = "Premier adjoint";
            });

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DelegationAbsente, act));

        Assert.Contains("Premier adjoint", anomaly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DelegationAbsente_HeaderQualiteExtractedButBlockSignedByDgs_FiresOnTheBlock()
    {
        // The extraction may take "Le Maire" from the header; the block under "Fait à" is what was signed.
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, Block, "Le Directeur général des services,\nPaul BLANC"),
            f =>
            {
                f.SignataireEstAutorite = true;
                f.SignataireQualite = "Maire";
            });

        Assert.Single(RuleRunner.Run(AnomalyCodes.DelegationAbsente, act));
    }

    [Fact]
    public void DateSignatureAbsente_FaitAWithoutDate_FiresQuotingTheLine()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, "Fait à Saint-Pair-sur-Mer, le 12 février 2026", "Fait à Saint-Pair-sur-Mer, le"),
            f => f.DateSignature = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DateSignatureAbsente, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Equal("Fait à Saint-Pair-sur-Mer, le", anomaly.Evidence?.Text);
    }

    [Fact]
    public void DateSignatureAbsente_DateOnTheNextLine_DoesNotFire()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, "Fait à Saint-Pair-sur-Mer, le 12 février 2026", "Fait à Saint-Pair-sur-Mer,\nle 12 février 2026"),
            f => f.DateSignature = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateSignatureAbsente, act));
    }

    [Fact]
    public void DateSignatureAbsente_NoFaitA_Fires()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, "Fait à Saint-Pair-sur-Mer, le 12 février 2026", string.Empty),
            f => f.DateSignature = null);

        Assert.Single(RuleRunner.Run(AnomalyCodes.DateSignatureAbsente, act));
    }
}
