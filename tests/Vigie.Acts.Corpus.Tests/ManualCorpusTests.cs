using Vigie.Acts.Corpus.Labels;
using Vigie.Tests.Shared;

namespace Vigie.Acts.Corpus.Tests;

/// <summary>The hand-written corpus (tests/corpus/manuel) stays consistent: every file labelled, every code known.</summary>
public sealed class ManualCorpusTests
{
    private static readonly string Directory = Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "manuel");

    [Fact]
    public void Labels_EveryDocument_ExistsAndEveryFileIsLabelled()
    {
        var labels = LabelsFile.Read(Path.Combine(Directory, LabelsFile.FileName));
        var files = System.IO.Directory.GetFiles(Directory)
            .Select(Path.GetFileName)
            .Where(f => f is not (LabelsFile.FileName or "README.md"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(files, labels.Select(l => l.Source).Order(StringComparer.Ordinal));
        Assert.True(labels.Sum(l => l.Acts.Count) >= 30);
    }

    [Fact]
    public void Labels_EveryAct_UsesContractCodesAndTheVerdictOfItsAnomalies()
    {
        var labels = LabelsFile.Read(Path.Combine(Directory, LabelsFile.FileName));
        var acts = labels.SelectMany(l => l.Acts).ToList();
        Assert.All(acts, a =>
        {
            Assert.True(ActKindCodes.TryParse(a.Type, out _), a.Type);
            Assert.All(a.Anomalies, c => Assert.True(AnomalyCatalog.IsKnown(c), c));
            Assert.Equal(AnomalyCatalog.ExpectedVerdict(a.Anomalies), a.Verdict);
            Assert.StartsWith("manuel_", a.Style, StringComparison.Ordinal);
        });
        Assert.Equal(AnomalyCatalog.All.Order(StringComparer.Ordinal), acts.SelectMany(a => a.Anomalies).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Labels_EveryAgentName_AppearsInItsAct()
    {
        foreach (var label in LabelsFile.Read(Path.Combine(Directory, LabelsFile.FileName)).Where(l => l.Format == "txt"))
        {
            var text = File.ReadAllText(Path.Combine(Directory, label.Source));
            foreach (var act in label.Acts)
            {
                Assert.Contains(act.Fields.AgentNom!, text, StringComparison.Ordinal);
                Assert.Contains(act.Fields.AgentPrenom!, text, StringComparison.Ordinal);
            }
        }
    }
}
