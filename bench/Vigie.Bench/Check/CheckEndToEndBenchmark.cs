using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigie.Acts.Corpus.Evaluation;
using Vigie.Acts.Corpus.Generation;

namespace Vigie.Bench.Check;

/// <summary>
/// <c>check-40k</c>: generates N one-act text PDFs (not timed), then times <c>vigie check</c> over them as a user runs
/// it (a separate process, Release build), with its peak memory, against <c>pdftotext</c> over the same files with the
/// same parallelism in the same run; finally scores the report against the labels.
/// </summary>
public sealed class CheckEndToEndBenchmark : IBenchmark
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string Name => "check-40k";

    public string Description => "vigie check de bout en bout sur N actes PDF (défaut 40 000) contre pdftotext ; --count N --dir DOSSIER";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = IntArg(args, "--count", 40_000);
        var root = StringArg(args, "--dir") ?? Path.Combine(Path.GetTempPath(), $"vigie-check-{count}");
        var repo = FindRepositoryRoot();
        var corpus = Path.Combine(root, "corpus");
        var labels = Path.Combine(corpus, "labels.jsonl");
        if (!File.Exists(labels))
        {
            Console.WriteLine($"Génération de {count.ToString("N0", French)} actes PDF dans {corpus} (non chronométrée)…");
            var generation = Stopwatch.StartNew();
            CorpusGenerator.GenerateTextPdfs(corpus, count, seed: 40_000, cancellationToken);
            Console.WriteLine($"  générés en {generation.Elapsed.TotalSeconds.ToString("N0", French)} s");
        }

        var pdfs = Directory.GetFiles(Path.Combine(corpus, "pdf"), "*.pdf");
        var bytes = pdfs.Sum(f => new FileInfo(f).Length);
        var load = LoadAverage();

        Console.WriteLine("Compilation Release de vigie…");
        await RunAsync("dotnet", ["build", "-c", "Release", "-v", "q", Path.Combine(repo, "src", "Vigie.Cli")], null, cancellationToken).ConfigureAwait(false);

        Console.WriteLine("Référence : pdftotext…");
        var baseline = Stopwatch.StartNew();
        var listFile = Path.Combine(root, "files.txt");
        await File.WriteAllLinesAsync(listFile, pdfs, cancellationToken).ConfigureAwait(false);
        await RunAsync("sh", ["-c", $"xargs -a '{listFile}' -d '\\n' -P {Environment.ProcessorCount} -n 64 sh -c 'for f; do pdftotext -q \"$f\" - >/dev/null; done' _"], null, cancellationToken).ConfigureAwait(false);
        baseline.Stop();

        Console.WriteLine("Vigie : vigie check…");
        var data = Path.Combine(root, "data");
        var output = Path.Combine(root, "rapport");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var vigie = Stopwatch.StartNew();
        var peak = await RunAsync(
            "dotnet",
            [Path.Combine(repo, "src", "Vigie.Cli", "bin", "Release", "net10.0", "vigie.dll"), "check", Path.Combine(corpus, "pdf"), "--out", output],
            new Dictionary<string, string> { ["VIGIE__Vigie__DataDirectory"] = data },
            cancellationToken).ConfigureAwait(false);
        vigie.Stop();

        var evaluation = new CorpusEvaluator().EvaluateFiles(labels, Path.Combine(output, "report.json"));
        var result = new StringBuilder();
        result.AppendLine(CultureInfo.InvariantCulture, $"# check-40k : contrôle de bout en bout — {DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        result.AppendLine();
        result.AppendLine(CultureInfo.InvariantCulture, $"- Machine : {Environment.ProcessorCount} cœurs, .NET {Environment.Version} ; charge moyenne au départ {load}, à la fin {LoadAverage()}");
        result.AppendLine(CultureInfo.InvariantCulture, $"- Corpus : {pdfs.Length.ToString("N0", French)} PDF texte d'un acte (générateur `CorpusGenerator.GenerateTextPdfs`, graine 40000), {(bytes / 1048576.0).ToString("N1", French)} Mo");
        result.AppendLine(CultureInfo.InvariantCulture, $"- Commande : `dotnet run -c Release --project bench/Vigie.Bench -- check-40k --count {count}`");
        result.AppendLine();
        result.AppendLine("| outil | durée (s) | actes/s | mémoire max |");
        result.AppendLine("|---|---:|---:|---:|");
        result.AppendLine(CultureInfo.InvariantCulture, $"| `vigie check` (lecture, découpage, analyse, règles, GED, 3 rapports) | {vigie.Elapsed.TotalSeconds.ToString("N1", French)} | {(pdfs.Length / vigie.Elapsed.TotalSeconds).ToString("N0", French)} | {(peak / 1048576.0).ToString("N0", French)} Mo |");
        result.AppendLine(CultureInfo.InvariantCulture, $"| `pdftotext` (texte seul, même parallélisme) | {baseline.Elapsed.TotalSeconds.ToString("N1", French)} | {(pdfs.Length / baseline.Elapsed.TotalSeconds).ToString("N0", French)} | — |");
        result.AppendLine();
        result.AppendLine(CultureInfo.InvariantCulture, $"Rapport Vigie / pdftotext : {(vigie.Elapsed.TotalSeconds / baseline.Elapsed.TotalSeconds).ToString("N2", French)}. Objectif : 40 000 actes en ≤ 300 s et ≤ 1 Gio.");
        result.AppendLine();
        result.AppendLine(EvaluationMarkdownWriter.Write(evaluation, "Exactitude sur ce corpus"));
        var text = result.ToString();
        Console.WriteLine(text);
        var results = Path.Combine(repo, "bench", "results");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, $"check-{count}.md"), text, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Runs a process to its end; returns its peak resident memory (VmHWM, polled) in bytes.</summary>
    private static async Task<long> RunAsync(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Impossible de lancer {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, ReadPeak(process.Id));
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} a échoué ({process.ExitCode}) : {await stderr.ConfigureAwait(false)}{await stdout.ConfigureAwait(false)}");
        }

        return peak;
    }

    private static long ReadPeak(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two polls.
        }

        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "inconnue";

    private static int IntArg(IReadOnlyList<string> args, string name, int fallback) =>
        StringArg(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? StringArg(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Racine du dépôt introuvable (Vigie.slnx).");
    }
}
