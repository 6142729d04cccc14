using Vigie.Privacy;
using Vigie.Privacy.Evaluation;
using Vigie.Tests.Shared;

namespace Vigie.Privacy.Tests;

public sealed class EvaluationTests
{
    [Fact]
    public void Parse_InlineMarkup_OffsetsOnPlainText()
    {
        var document = LabelledCorpusReader.Parse("a.txt", "manuel", "Mme {{PERSONNE|Claire DUPONT}}, née le {{DATE_NAISSANCE|12/03/1985}}.");
        Assert.Equal("Mme Claire DUPONT, née le 12/03/1985.", document.Text);
        Assert.Equal(new LabelledEntity(4, 17, PiiType.Personne), document.Entities[0]);
        Assert.Equal("12/03/1985", document.Text[document.Entities[1].Start..document.Entities[1].End]);
    }

    [Fact]
    public void Parse_UnknownType_FrenchError() =>
        Assert.Contains("inconnu", Assert.Throws<FormatException>(() => LabelledCorpusReader.Parse("b.txt", "g", "{{NOM|X}}")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(0, 10, 0, 5, true)]
    [InlineData(0, 10, 0, 4, false)]
    [InlineData(0, 10, 10, 20, false)]
    public void Matches_HalfOfLongerSpan(int gs, int ge, int s, int e, bool expected) => Assert.Equal(expected, PiiEvaluator.Matches(gs, ge, s, e));

    [Fact]
    public void Evaluate_MissedAndExtra_CountedPerType()
    {
        var doc = LabelledCorpusReader.Parse("c.txt", "g", "Mme {{PERSONNE|Claire DUPONT}} et {{PERSONNE|xyz}} ; tél. 06 12 34 56 78.");
        var report = new PiiEvaluator(Detect.Detector).Evaluate([doc], "g");
        var personne = report.PerType.Single(t => t.Type == PiiType.Personne);
        Assert.Equal(2, personne.Gold);
        Assert.Equal(1, personne.TruePositivesGold);
        var telephone = report.PerType.Single(t => t.Type == PiiType.Telephone);
        Assert.Equal(1, telephone.Predicted);
        Assert.Equal(0, telephone.TruePositivesPredicted);
        Assert.Equal(1.0, report.LeakRate);
    }

    [Fact]
    public void Evaluate_RepositoryCorpus_MeetsTargets()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "pii");
        var documents = LabelledCorpusReader.ReadFolder(folder);
        Assert.True(documents.Count >= 90, $"{documents.Count} documents");
        var report = new PiiEvaluator(Detect.Detector).Evaluate(documents, "ensemble");
        foreach (var score in report.PerType)
        {
            Assert.True(score.Precision >= 0.90 - 1e-9, $"précision {score.Type} {score.Precision:0.000}");
            var target = score.Type is PiiType.Nir or PiiType.Iban or PiiType.Email or PiiType.Telephone ? 0.98
                : score.Type is PiiType.Personne or PiiType.Adresse or PiiType.DateNaissance ? 0.95 : 0.80;
            Assert.True(score.Recall >= target - 1e-9, $"rappel {score.Type} {score.Recall:0.000}");
        }
    }

    [Fact]
    public void EmbeddedLists_AgreeWithInseeSource()
    {
        var zip = TestPaths.RequireSharedFile("data/referentiels/insee/prenoms-nat2022.csv.zip");
        using var archive = System.IO.Compression.ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.Entries[0].Open());
        var source = reader.ReadToEnd();
        Assert.Contains(";CLAIRE;", source, StringComparison.Ordinal);
        var lexicons = Vigie.Privacy.Lexicons.PrivacyLexicons.LoadEmbedded();
        Assert.True(lexicons.IsFirstName("CLAIRE"));
        Assert.True(lexicons.IsSurname("DUPONT"));
        Assert.True(lexicons.IsNamesakeWord("PETIT"));
        Assert.True(lexicons.Communes.IsPostalCode("75011"));
    }
}
