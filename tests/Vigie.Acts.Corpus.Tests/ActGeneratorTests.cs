using Vigie.Acts.Corpus.Generation;
using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Acts.Corpus.Rendering;

namespace Vigie.Acts.Corpus.Tests;

public sealed class ActGeneratorTests
{
    private readonly CorpusReferentiels _referentiels = CorpusReferentiels.BuiltIn();
    private readonly TextActRenderer _text = new();

    public static TheoryData<string> Types() => [.. ActKindCodes.All.Select(k => k.ToCode())];

    public static TheoryData<string> Codes() => [.. AnomalyCatalog.All];

    [Theory]
    [MemberData(nameof(Types))]
    public void Generate_EveryTypeInEveryStyleWithoutAnomaly_IsLabelledConformeWithCoherentFields(string code)
    {
        Assert.True(ActKindCodes.TryParse(code, out var kind));
        var generator = new ActGenerator(_referentiels);
        foreach (var style in HouseStyleCodes.All)
        {
            var act = generator.Generate(new Random(7), kind, style, [], 1);
            Assert.Equal(code, act.Label.Type);
            Assert.Equal(style.ToCode(), act.Label.Style);
            Assert.Empty(act.Label.Anomalies);
            Assert.Equal(VerdictCodes.Conforme, act.Label.Verdict);
            var fields = act.Label.Fields;
            Assert.NotNull(fields.Collectivite);
            Assert.NotNull(fields.AgentNom);
            Assert.NotNull(fields.DateSignature);
            Assert.NotNull(fields.Signataire);
            var text = _text.Render(act);
            Assert.Contains(fields.AgentNom!, text, StringComparison.Ordinal);

            // The tribunal named is the one of the collectivité's département (domain §4).
            var departement = _referentiels.Departements.Get(fields.Departement!);
            Assert.Contains("administratif " + departement.Tribunal, text, StringComparison.OrdinalIgnoreCase);

            // Indices written are those of the grid for the grade and échelon (domain §3).
            if (fields.Echelon is { } echelon && fields.IndiceBrut is { } ib)
            {
                var grade = _referentiels.Grades.All.Single(g => g.Label == fields.Grade);
                Assert.Equal(grade.Echelon(echelon).IndiceBrut, ib);
                Assert.Equal(grade.Echelon(echelon).IndiceMajore, fields.IndiceMajore);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Generate_EveryAnomalyCode_IsInjectableAndLabelledWithItsVerdict(string code)
    {
        var generator = new ActGenerator(_referentiels);
        var produced = 0;
        foreach (var kind in ActKindCodes.All)
        {
            for (var seed = 0; seed < 6; seed++)
            {
                var random = new Random(seed);
                var probe = new ScenarioFactory(_referentiels).Create(new Random(seed), kind, HouseStyle.CommuneClassique, 1);
                if (!AnomalyInjector.ApplicableCodes(probe).Contains(code))
                {
                    continue;
                }

                var act = generator.Generate(random, kind, HouseStyle.CommuneClassique, [code], 1);
                Assert.Equal([code], act.Label.Anomalies);
                var expected = AnomalyCatalog.SeverityOf(code) == AnomalySeverity.Mineure ? VerdictCodes.Conforme : VerdictCodes.ACorriger;
                Assert.Equal(expected, act.Label.Verdict);
                produced++;
            }
        }

        Assert.True(produced > 0, $"Aucun acte ne peut porter {code}.");
    }

    [Fact]
    public void Generate_RecoursTribunal_NamesAnotherTribunalThanTheDepartementOne()
    {
        var act = new ActGenerator(_referentiels).Generate(new Random(3), ActKind.AvancementEchelon, HouseStyle.CommuneClassique, [AnomalyCatalog.RecoursTribunal], 1);
        var text = _text.Render(act);
        var right = _referentiels.Departements.Get(act.Label.Fields.Departement!).Tribunal;
        Assert.DoesNotContain("administratif " + right, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tribunal administratif", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Generate_RecoursAbsentAndSignatureAbsente_RemoveTheMentionAndTheSignatory()
    {
        var generator = new ActGenerator(_referentiels);
        var noRecours = _text.Render(generator.Generate(new Random(4), ActKind.Mutation, HouseStyle.GrandeVilleDelegation, [AnomalyCatalog.RecoursAbsent], 1));
        Assert.DoesNotContain("recours", noRecours, StringComparison.OrdinalIgnoreCase);

        var unsigned = generator.Generate(new Random(4), ActKind.Mutation, HouseStyle.CommuneClassique, [AnomalyCatalog.SignatureAbsente], 1);
        Assert.Null(unsigned.Label.Fields.Signataire);
        Assert.DoesNotContain(unsigned.Blocks, b => b.Kind == BlockKind.Signature && b.Bold);
    }

    [Fact]
    public void Generate_GrilleEchelonInexistant_WritesAnEchelonBeyondTheGrade()
    {
        var act = new ActGenerator(_referentiels).Generate(new Random(5), ActKind.AvancementEchelon, HouseStyle.SirhExport, [AnomalyCatalog.GrilleEchelonInexistant], 1);
        var grade = _referentiels.Grades.All.Single(g => g.Label == act.Label.Fields.Grade);
        Assert.True(act.Label.Fields.Echelon > grade.EchelonCount);
    }

    [Fact]
    public void GenerateRandom_ManyActs_CoversEveryTypeStyleAndCode()
    {
        var generator = new ActGenerator(_referentiels);
        var injected = new Dictionary<string, int>(StringComparer.Ordinal);
        var labels = new List<LabelAct>();
        for (var i = 0; i < 700; i++)
        {
            var style = HouseStyleCodes.All[i % 5];
            var type = ActGenerator.Types[i / 5 % ActGenerator.Types.Count];
            labels.Add(generator.GenerateRandom(new Random(SeedDerivation.Derive(11, i)), type, style, 0.6, i, injected).Label);
        }

        Assert.Equal(ActKindCodes.All.Count, labels.Select(l => l.Type).Distinct().Count());
        Assert.Equal(5, labels.Select(l => l.Style).Distinct().Count());
        foreach (var code in AnomalyCatalog.All)
        {
            Assert.True(injected.GetValueOrDefault(code) >= 3, $"{code} : {injected.GetValueOrDefault(code)} actes");
        }
    }

    [Fact]
    public void FrenchDates_WriteInLetters_UsesFrenchNumberWords()
    {
        Assert.Equal("premier mars deux mille vingt-cinq", FrenchDates.Write(new DateOnly(2025, 3, 1), DateWriting.AllInLetters));
        Assert.Equal("vingt et un juin deux mille vingt-six", FrenchDates.Write(new DateOnly(2026, 6, 21), DateWriting.AllInLetters));
        Assert.Equal("1er mars 2025", FrenchDates.Write(new DateOnly(2025, 3, 1), DateWriting.MonthInLetters));
        Assert.Equal("01/03/2025", FrenchDates.Write(new DateOnly(2025, 3, 1), DateWriting.Digits));
        Assert.Equal("quatre-vingt-dix-neuf", FrenchDates.Number(99));
        Assert.Equal("soixante et onze", FrenchDates.Number(71));
    }

    [Fact]
    public void FrenchGrammar_De_ContractsArticles()
    {
        Assert.Equal("du Havre", FrenchGrammar.De("Le Havre"));
        Assert.Equal("d'Avranches", FrenchGrammar.De("Avranches"));
        Assert.Equal("de La Rochelle", FrenchGrammar.De("La Rochelle"));
        Assert.Equal("des Sables-d'Olonne", FrenchGrammar.De("Les Sables-d'Olonne"));
        Assert.Equal("au Merlerault", FrenchGrammar.A("Le Merlerault"));
    }
}
