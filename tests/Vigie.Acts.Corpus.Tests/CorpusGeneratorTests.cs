using System.IO.Compression;
using Vigie.Acts.Corpus.Generation;
using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Tests.Shared;

namespace Vigie.Acts.Corpus.Tests;

public sealed class CorpusGeneratorTests
{
    private static CorpusOptions Options(int seed) => new()
    {
        Count = 15,
        Seed = seed,
        Formats = [CorpusOptions.Txt, CorpusOptions.Pdf, CorpusOptions.Docx],
        TrueTypeShare = 0.15,
        Parallelism = 2,
    };

    [Fact]
    public void Generate_SameSeedTwice_GivesTheSameBytesAndLabels()
    {
        var generator = new CorpusGenerator(CorpusReferentiels.BuiltIn());
        var first = TestPaths.NewTempDirectory();
        var second = TestPaths.NewTempDirectory();
        generator.Generate(first, Options(5), TestContext.Current.CancellationToken);
        generator.Generate(second, Options(5), TestContext.Current.CancellationToken);
        var files = Directory.GetFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} diffère");
        }
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherActs()
    {
        var generator = new CorpusGenerator(CorpusReferentiels.BuiltIn());
        var first = TestPaths.NewTempDirectory();
        var second = TestPaths.NewTempDirectory();
        generator.Generate(first, Options(5), TestContext.Current.CancellationToken);
        generator.Generate(second, Options(6), TestContext.Current.CancellationToken);
        Assert.NotEqual(File.ReadAllText(Path.Combine(first, LabelsFile.FileName)), File.ReadAllText(Path.Combine(second, LabelsFile.FileName)));
    }

    [Fact]
    public void Generate_Corpus_LabelsEveryFileZipEntryNonActAndCorruptFile()
    {
        var directory = TestPaths.NewTempDirectory();
        var options = Options(8);
        options.Count = 40;
        options.TrueTypeShare = 0;
        var summary = new CorpusGenerator(CorpusReferentiels.BuiltIn()).Generate(directory, options, TestContext.Current.CancellationToken);
        var labels = LabelsFile.Read(summary.LabelsPath);
        Assert.Equal(40, labels.Where(l => l.Kind == LabelDocument.KindActe).Sum(l => l.Acts.Count));
        Assert.Contains(labels, l => l.Kind == LabelDocument.KindNonActe);
        Assert.Contains(labels, l => l.Kind == LabelDocument.KindErreur && l.ExpectedError == "FICHIER_CORROMPU");
        foreach (var label in labels)
        {
            var bang = label.Source.IndexOf('!', StringComparison.Ordinal);
            if (bang < 0)
            {
                Assert.True(File.Exists(Path.Combine(directory, label.Source)), label.Source);
                continue;
            }

            using var zip = ZipFile.OpenRead(Path.Combine(directory, label.Source[..bang]));
            Assert.NotNull(zip.GetEntry(label.Source[(bang + 1)..]));
        }

        Assert.All(labels.SelectMany(l => l.Acts).Where(a => a.Type != ActKindCodes.NonActe), a =>
        {
            Assert.NotEmpty(a.Pages);
            Assert.Equal(AnomalyCatalog.ExpectedVerdict(a.Anomalies), a.Verdict);
        });
    }

    [Fact]
    public void Options_Validate_RejectsUnknownFormatInFrench()
    {
        var options = new CorpusOptions { Formats = ["odt"] };
        Assert.Contains("Format inconnu", options.Validate(), StringComparison.Ordinal);
    }
}
