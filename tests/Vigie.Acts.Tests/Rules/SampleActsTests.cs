using Vigie.Acts.Model;
using Vigie.Acts.Tests.Rules.Support;

namespace Vigie.Acts.Tests.Rules;

/// <summary>The conforming samples pass every rule: the rules do not fire on acts that follow the CDG models.</summary>
public sealed class SampleActsTests
{
    public static TheoryData<string> Samples => ["avancement", "nomination", "contrat", "disponibilite"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_ConformingSample_IsConformeWithoutNotes(string sample)
    {
        var act = sample switch
        {
            "avancement" => SampleActs.AvancementEchelon(),
            "nomination" => SampleActs.NominationStagiaire(),
            "contrat" => SampleActs.Contrat(),
            _ => SampleActs.Disponibilite(),
        };

        var result = RuleRunner.Checker.Check(act);

        Assert.Empty(result.Anomalies);
        Assert.Empty(act.AnalysisNotes);
        Assert.Equal(Verdict.Conforme, result.Verdict);
    }

    [Fact]
    public void Check_ConformingSampleWithoutFields_StillHasNoAnomaly()
    {
        // The rules read the text themselves where the extraction left a field empty.
        var act = TestActs.Build(ActType.AvancementEchelon, SampleActs.AvancementEchelonText, f => f.Departement = "50");

        var result = RuleRunner.Checker.Check(act);

        Assert.Empty(result.Anomalies);
    }
}
