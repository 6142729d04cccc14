using Vigie.Acts.Model;
using Vigie.Acts.Rules;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

public sealed class DateRulesTests
{
    [Fact]
    public void DateRetroactive_NominationEffectiveBeforeSignature_Fires()
    {
        var act = SampleActs.NominationStagiaire(fields: f => f.DateEffet = new DateOnly(2026, 3, 15));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DateRetroactive, act));

        Assert.Equal(Severity.Bloquante, anomaly.Severity);
        Assert.Equal("L'acte prend effet le 15 mars 2026, avant sa signature le 16 mars 2026 : une nomination ne peut pas être rétroactive.", anomaly.Message);
    }

    [Fact]
    public void DateRetroactive_EffectOnTheDayOfSignature_DoesNotFire()
    {
        var act = SampleActs.NominationStagiaire(fields: f => f.DateEffet = new DateOnly(2026, 3, 16));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateRetroactive, act));
    }

    [Fact]
    public void DateRetroactive_AvancementEchelon_MayLawfullyTakeEffectBefore()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.DateEffet = new DateOnly(2026, 1, 1));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateRetroactive, act));
    }

    [Fact]
    public void DateRetroactive_ContractStartingBeforeSignature_Fires()
    {
        var act = SampleActs.Contrat(fields: f => f.DateSignature = new DateOnly(2026, 4, 2));

        Assert.Contains("un contrat ne peut pas être rétroactif", Assert.Single(RuleRunner.Run(AnomalyCodes.DateRetroactive, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateRetroactive_NoEffectDate_NotesTheCheckInsteadOfFiring()
    {
        var act = SampleActs.NominationStagiaire(
            t => TestActs.Replace(t, " à compter du 1er avril 2026", string.Empty),
            f => f.DateEffet = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateRetroactive, act));
        Assert.Contains("Date d'effet introuvable : le contrôle de rétroactivité n'a pas pu être fait.", act.AnalysisNotes);
    }

    [Fact]
    public void DateRetroactive_EffectOnNotification_NeedsNoDate()
    {
        var act = SampleActs.NominationStagiaire(
            t => TestActs.Replace(t, "à compter du 1er avril 2026", "à compter de sa notification"),
            f => f.DateEffet = null);

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateRetroactive, act));
        Assert.Empty(act.AnalysisNotes);
    }

    [Fact]
    public void DateRetroactive_EffectReadFromTheTextWhenTheFieldIsEmpty()
    {
        var act = SampleActs.NominationStagiaire(
            t => TestActs.Replace(t, "à compter du 1er avril 2026", "à compter du 1er mars 2026"),
            f => f.DateEffet = null);

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DateRetroactive, act));
        Assert.Equal("1er mars 2026", anomaly.Evidence?.Text);
    }

    [Fact]
    public void DateIncoherente_ImpossibleDate_Fires()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "Vu l'arrêté du 1er mars 2025", "Vu l'arrêté du 31 février 2025"));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DateIncoherente, act));

        Assert.Equal(Severity.Majeure, anomaly.Severity);
        Assert.Equal("La date « 31 février 2025 » n'existe pas dans le calendrier.", anomaly.Message);
        Assert.Equal("31 février 2025", anomaly.Evidence?.Text);
    }

    [Fact]
    public void DateIncoherente_TwentyNinthOfFebruaryOfALeapYear_IsADate()
    {
        var act = SampleActs.AvancementEchelon(t => TestActs.Replace(t, "Vu l'arrêté du 1er mars 2025", "Vu l'arrêté du 29/02/2024"));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateIncoherente, act));
    }

    [Fact]
    public void DateIncoherente_EndBeforeStart_Fires()
    {
        var act = SampleActs.Disponibilite(fields: f => f.DateFin = new DateOnly(2026, 1, 31));

        Assert.Contains("précède la date de début", Assert.Single(RuleRunner.Run(AnomalyCodes.DateIncoherente, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateIncoherente_RequestDatedAfterTheSignature_Fires()
    {
        var act = SampleActs.Disponibilite(t => TestActs.Replace(t, "en date du 2 février 2026", "en date du 2 avril 2026"));

        var anomaly = Assert.Single(RuleRunner.Run(AnomalyCodes.DateIncoherente, act));

        Assert.Contains("demande datée du 2 avril 2026", anomaly.Message, StringComparison.Ordinal);
        Assert.Contains("2 avril 2026", anomaly.Evidence?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DateIncoherente_RequestForAPeriodStartingAfterSignature_IsNotARequestDate()
    {
        var act = SampleActs.Disponibilite(t => TestActs.Replace(t, "Vu la demande de M. Marc PETIT en date du 2 février 2026 ;", "Vu la demande de disponibilité du 1er avril 2026 au 31 mars 2029 ;"));

        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateIncoherente, act));
    }

    [Fact]
    public void DateIncoherente_EffectYearsAwayFromSignature_Fires()
    {
        var act = SampleActs.AvancementEchelon(fields: f => f.DateEffet = new DateOnly(2062, 3, 1));

        Assert.Contains("invraisemblable", Assert.Single(RuleRunner.Run(AnomalyCodes.DateIncoherente, act)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DateIncoherente_ConsistentDates_DoesNotFire()
    {
        Assert.Empty(RuleRunner.Run(AnomalyCodes.DateIncoherente, SampleActs.Disponibilite()));
    }
}
