using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigie.Acts.Corpus.Generation;
using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Bench.Acts;

/// <summary>
/// <c>corpus-generate</c>: how fast the evaluation corpora are written, so that the 40,000-act benchmark stays
/// practical. Times <see cref="CorpusGenerator.GenerateTextPdfs"/> (one-act text PDFs, standard fonts) and, on a
/// smaller count, the mixed corpus (TXT, PDF with embedded TrueType, DOCX, scans, ZIP), with peak memory.
/// Reference in the same run: writing the same number of empty files.
/// </summary>
public sealed class CorpusGenerationBenchmark : IBenchmark
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string Name => "corpus-generate";

    public string Description => "génération des corpus étiquetés : N PDF texte (défaut 40 000) et un corpus mixte ; --count N --mixed M";

    public Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = IntArg(args, "--count", 40_000);
        var mixed = IntArg(args, "--mixed", 300);
        var root = Path.Combine(Path.GetTempPath(), "vigie-corpus-generate-" + Guid.NewGuid().ToString("N"));
        try
        {
            var reference = Stopwatch.StartNew();
            var empty = Path.Combine(root, "reference");
            Directory.CreateDirectory(empty);
            for (var i = 0; i < count; i++)
            {
                File.WriteAllBytes(Path.Combine(empty, $"f-{i:000000}.pdf"), []);
            }

            reference.Stop();

            var textPdfs = Stopwatch.StartNew();
            var summary = CorpusGenerator.GenerateTextPdfs(Path.Combine(root, "pdf40k"), count, 40_000, cancellationToken);
            textPdfs.Stop();
            var bytes = Directory.GetFiles(Path.Combine(root, "pdf40k", "pdf")).Sum(f => new FileInfo(f).Length);

            var mixedWatch = Stopwatch.StartNew();
            var referentiels = CorpusReferentiels.BuiltIn();
            var mixedSummary = new CorpusGenerator(referentiels).Generate(Path.Combine(root, "mixte"), new CorpusOptions { Count = mixed, Seed = 7 }, cancellationToken);
            mixedWatch.Stop();
            var peak = PeakMemory.CurrentProcessPeakBytes();

            var text = new StringBuilder();
            text.AppendLine("# corpus-generate : génération des corpus d'évaluation des actes");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- Date : {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}, {Environment.ProcessorCount} cœurs, charge moyenne {LoadAverage()}");
            text.AppendLine(CultureInfo.InvariantCulture, $"- PDF texte d'un acte (`CorpusGenerator.GenerateTextPdfs`) : {summary.Acts.ToString("N0", French)} actes en {textPdfs.Elapsed.TotalSeconds.ToString("N1", French)} s, soit {(summary.Acts / textPdfs.Elapsed.TotalSeconds).ToString("N0", French)} actes/s ; {(bytes / 1048576.0).ToString("N1", French)} Mo ; {summary.InjectedByCode.Values.Sum().ToString("N0", French)} anomalies injectées sur {summary.InjectedByCode.Count} codes");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Référence (même nombre de fichiers vides écrits) : {reference.Elapsed.TotalSeconds.ToString("N1", French)} s");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Corpus mixte (TXT, PDF dont TrueType, DOCX, scans PNG, ZIP, non-actes) : {mixedSummary.Acts.ToString("N0", French)} actes, {mixedSummary.Documents.ToString("N0", French)} documents en {mixedWatch.Elapsed.TotalSeconds.ToString("N1", French)} s ({string.Join(", ", mixedSummary.ActsByFormat.Select(kv => $"{kv.Key} {kv.Value}"))})");
            text.AppendLine(CultureInfo.InvariantCulture, $"- Mémoire maximale du processus : {(peak / 1048576.0).ToString("N0", French)} Mio");
            var output = text.ToString();
            Console.Write(output);
            var results = Path.Combine(FindRepositoryRoot(), "bench", "results");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "corpus-generate.md"), output);
            return Task.FromResult(0);
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static int IntArg(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return fallback;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
