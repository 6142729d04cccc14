using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class ActCheckerTests
{
    [Fact]
    public void Catalog_HasOneRulePerContractCode_WithTheSpecsSeverity()
    {
        var expected = new Dictionary<string, Severity>
        {
            ["SIGNATURE_ABSENTE"] = Severity.Bloquante,
            ["SIGNATAIRE_INCOMPLET"] = Severity.Majeure,
            ["DELEGATION_ABSENTE"] = Severity.Bloquante,
            ["DATE_SIGNATURE_ABSENTE"] = Severity.Majeure,
            ["VISA_OBSOLETE"] = Severity.Mineure,
            ["VISA_CAP_OBSOLETE"] = Severity.Mineure,
            ["VISA_PREALABLE_ABSENT"] = Severity.Majeure,
            ["MOTIVATION_ABSENTE"] = Severity.Bloquante,
            ["RECOURS_ABSENT"] = Severity.Majeure,
            ["RECOURS_TRIBUNAL"] = Severity.Majeure,
            ["RECOURS_DELAI"] = Severity.Majeure,
            ["DATE_RETROACTIVE"] = Severity.Bloquante,
            ["DATE_INCOHERENTE"] = Severity.Majeure,
            ["GRILLE_ECHELON_INEXISTANT"] = Severity.Bloquante,
            ["GRILLE_INDICE"] = Severity.Majeure,
            ["STAGE_DUREE"] = Severity.Majeure,
            ["POSITION_DUREE"] = Severity.Majeure,
            ["RETRAITE_LIMITE_AGE"] = Severity.Bloquante,
            ["CONTRAT_BASE_LEGALE"] = Severity.Bloquante,
            ["CONTRAT_DUREE"] = Severity.Bloquante,
            ["CONTRAT_MENTION"] = Severity.Majeure,
            ["CONTRAT_ESSAI"] = Severity.Majeure,
            ["CONTRAT_RECONDUCTION_TACITE"] = Severity.Majeure,
            ["REMUNERATION_MINIMUM"] = Severity.Majeure,
            ["COHERENCE_AGENT"] = Severity.Majeure,
        };

        var rules = RuleRunner.AllRules.ToDictionary(r => r.Code, r => r.Severity);

        Assert.Equal(expected.OrderBy(kv => kv.Key), rules.OrderBy(kv => kv.Key));
        Assert.Equal(expected.Keys.Order(), AnomalyCodes.All.Order());
        Assert.All(RuleRunner.AllRules, r => Assert.False(string.IsNullOrWhiteSpace(r.LegalBasis)));
    }

    [Fact]
    public void AddVigieActRules_RegistersEveryRuleAndTheChecker()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();

        services.AddVigieActRules();
        services.AddVigieActRules();

        Assert.Equal(25, services.Count(d => d.ServiceType == typeof(IActRule)));
        Assert.Single(services, d => d.ServiceType == typeof(IActChecker));
    }

    [Fact]
    public void Check_BloquanteAnomaly_IsACorriger()
    {
        var act = SampleActs.NominationStagiaire(fields: f => f.DateEffet = new DateOnly(2026, 3, 1));

        var result = RuleRunner.Checker.Check(act);

        Assert.Equal(Verdict.ACorriger, result.Verdict);
        Assert.Equal(AnomalyCodes.DateRetroactive, Assert.Single(result.Anomalies).Code);
    }

    [Fact]
    public void Check_MajeureAnomaly_IsACorrigerEvenWhenANoteSaysSomethingWasNotChecked()
    {
        var act = SampleActs.AvancementEchelon(
            t => TestActs.Replace(t, "Article 3 : Le présent arrêté peut faire l'objet d'un recours contentieux devant le tribunal administratif de Caen dans un délai de deux mois à compter de sa notification.", string.Empty),
            f => f.Grade = "attaché principal");

        var result = RuleRunner.Checker.Check(act);

        Assert.Equal(Verdict.ACorriger, result.Verdict);
        Assert.NotEmpty(act.AnalysisNotes);
    }

    [Fact]
    public void Check_OnlyMineureAnomalies_IsConformeWithTheObservationsListed()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "Vu le code général de la fonction publique, notamment ses articles L. 522-1 à L. 522-4 ;", "Vu la loi n° 84-53 du 26 janvier 1984 ;"));

        var result = RuleRunner.Checker.Check(act);

        Assert.Equal(Verdict.Conforme, result.Verdict);
        Assert.Equal(Severity.Mineure, Assert.Single(result.Anomalies).Severity);
    }

    [Fact]
    public void Check_MissingFieldNoteWithoutAnomaly_IsAVerifier()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.Grade = "attaché principal");

        var result = RuleRunner.Checker.Check(act);

        Assert.Empty(result.Anomalies);
        Assert.Equal(Verdict.AVerifier, result.Verdict);
    }

    [Fact]
    public void Check_UncertainType_IsAVerifierWithANote()
    {
        var act = TestActs.Build(ActType.AvancementEchelon, SampleActs.AvancementEchelonText, f => f.Departement = "50", typeConfidence: 0.3);

        var result = RuleRunner.Checker.Check(act);

        Assert.Equal(Verdict.AVerifier, result.Verdict);
        Assert.Contains(act.AnalysisNotes, n => n.StartsWith("Type d'acte incertain", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TypeAutre_IsAVerifier()
    {
        var act = SampleActs.Generic(ActType.Autre, SampleActs.AvancementEchelonText);

        Assert.Equal(Verdict.AVerifier, RuleRunner.Checker.Check(act).Verdict);
    }

    [Fact]
    public void Check_NonActe_RunsNoRule()
    {
        var act = SampleActs.Generic(ActType.NonActe, "Facture n° 12 — 300 €");

        var result = RuleRunner.Checker.Check(act);

        Assert.Empty(result.Anomalies);
        Assert.Equal(Verdict.AVerifier, result.Verdict);
    }

    [Fact]
    public void Check_PoorOcr_IsAVerifier()
    {
        var act = SampleActs.AvancementEchelon(ocr: 41);

        var result = RuleRunner.Checker.Check(act);

        Assert.Equal(Verdict.AVerifier, result.Verdict);
        Assert.Contains(act.AnalysisNotes, n => n.Contains("41 %", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_GoodOcr_StaysConforme()
    {
        Assert.Equal(Verdict.Conforme, RuleRunner.Checker.Check(SampleActs.AvancementEchelon(ocr: 92)).Verdict);
    }

    [Fact]
    public void Check_FailingRule_BecomesANoteAndTheOtherRulesStillRun()
    {
        var checker = RuleRunner.NewChecker([new ThrowingRule(), RuleRunner.Rule(AnomalyCodes.DateRetroactive)]);
        var act = SampleActs.NominationStagiaire(fields: f => f.DateEffet = new DateOnly(2026, 3, 1));

        var result = checker.Check(act);

        Assert.Equal(AnomalyCodes.DateRetroactive, Assert.Single(result.Anomalies).Code);
        Assert.Contains(act.AnalysisNotes, n => n.Contains("TEST_EN_ECHEC", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_TwiceOnTheSameAct_DoesNotRepeatNotes()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.Grade = "attaché principal");

        RuleRunner.Checker.Check(act);
        var count = act.AnalysisNotes.Count;
        RuleRunner.Checker.Check(act);

        Assert.Equal(count, act.AnalysisNotes.Count);
    }

    [Fact]
    public void Check_AnomaliesComeMostSevereFirst()
    {
        var act = SampleActs.NominationStagiaire(
            t => TestActs.Replace(t, "Vu le code général de la fonction publique ;", "Vu la loi n° 84-53 du 26 janvier 1984 ;")
                .Replace("dans un délai de deux mois", "dans un délai de trois mois", StringComparison.Ordinal),
            f => f.DateEffet = new DateOnly(2026, 3, 1));

        var severities = RuleRunner.Checker.Check(act).Anomalies.Select(a => a.Severity).ToList();

        Assert.Equal([Severity.Bloquante, Severity.Majeure, Severity.Mineure], severities);
    }

    private sealed class ThrowingRule : IActRule
    {
        public string Code => "TEST_EN_ECHEC";

        public Severity Severity => Severity.Majeure;

        public string LegalBasis => "—";

        public IEnumerable<Anomaly> Evaluate(AnalyzedAct act) => throw new InvalidOperationException("panne");
    }
}
