using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Vigie.Documents;
using Vigie.Documents.Inputs;
using Vigie.Documents.Model;
using Vigie.Documents.Reading;
using Vigie.Documents.Reading.Docx;
using Vigie.Documents.Reading.Odt;
using Vigie.Documents.Reading.Pdf;
using Vigie.Documents.Reading.Text;

namespace Vigie.Bench.Ingestion;

/// <summary>
/// Ingestion of generated one- and two-page text PDFs of HR acts: Vigie (InputCollector + DocumentReader, in
/// parallel over the cores) against poppler's <c>pdftotext</c> run on the same files with the same parallelism,
/// in the same run. Target: Vigie takes at most twice the time of pdftotext.
/// </summary>
public sealed class TextPdfIngestionBenchmark : IBenchmark
{
    private const double TargetRatio = 2.0;

    public string Name => "ingest-pdf";

    public string Description => "Lecture de N PDF texte générés (défaut 10 000) : Vigie contre pdftotext, même parallélisme (--count N, --workers W, --keep).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var count = IntOption(args, "--count", 10_000);
        var workers = IntOption(args, "--workers", Environment.ProcessorCount);
        var keep = args.Contains("--keep", StringComparer.Ordinal);
        var root = Path.Combine(Path.GetTempPath(), "vigie-bench-ingest-pdf", count.ToString(CultureInfo.InvariantCulture));
        var lot = Path.Combine(root, "lot");

        Console.WriteLine($"Génération de {count} PDF dans {lot} (non chronométrée)…");
        var writer = new TextPdfWriter();
        var corpus = PdfCorpus.Prepare(lot, count, workers, writer, cancellationToken);
        Console.WriteLine($"{corpus.Files.Count} fichiers, {corpus.Pages} pages, {corpus.Bytes / (1024.0 * 1024):0.0} Mo.");

        var loadBefore = LoadAverage();
        var vigie = MeasureVigie(lot, workers, cancellationToken);
        var pdftotext = await MeasurePdftotextAsync(corpus.Files, workers, cancellationToken).ConfigureAwait(false);
        var loadAfter = LoadAverage();

        var report = Report(count, workers, writer, corpus, vigie, pdftotext, loadBefore, loadAfter);
        var resultPath = Path.Combine(RepositoryRoot(), "bench", "results", "ingest-pdf.md");
        Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
        await File.WriteAllTextAsync(resultPath, report, cancellationToken).ConfigureAwait(false);
        Console.WriteLine(report);
        Console.WriteLine($"Résultats écrits dans {resultPath}");

        if (!keep)
        {
            Directory.Delete(root, recursive: true);
        }

        return vigie.Errors == 0 ? 0 : 1;
    }

    private static VigieRun MeasureVigie(string lot, int workers, CancellationToken cancellationToken)
    {
        // Built as AddVigieDocuments() builds them, without OCR: these PDFs all have a text layer.
        var options = Options.Create(new DocumentsOptions());
        var collector = new InputCollector(options);
        var reader = new DocumentReader([new PdfDocumentReader(options), new DocxDocumentReader(), new OdtDocumentReader(), new TextDocumentReader()]);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var peakReset = PeakReset();

        long pages = 0;
        long characters = 0;
        long documents = 0;
        long errors = 0;
        long unexpected = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        Parallel.ForEach(
            collector.Collect([lot], cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
            item =>
            {
                if (item.Input is null)
                {
                    Interlocked.Increment(ref errors);
                    return;
                }

                try
                {
                    var document = reader.Read(item.Input, cancellationToken);
                    Interlocked.Increment(ref documents);
                    Interlocked.Add(ref pages, document.Pages.Count);
                    Interlocked.Add(ref characters, document.Pages.Sum(p => (long)p.Text.Length));
                    if (!document.Pages[0].Text.Contains("ARR", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref unexpected);
                    }
                }
                catch (DocumentReadException)
                {
                    Interlocked.Increment(ref errors);
                }
            });
        stopwatch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new VigieRun(stopwatch.Elapsed, cpu, documents, pages, characters, errors, unexpected, PeakMemory.CurrentProcessPeakBytes(), peakReset);
    }

    private static async Task<ToolRun?> MeasurePdftotextAsync(IReadOnlyList<string> files, int workers, CancellationToken cancellationToken)
    {
        var list = Path.Combine(Path.GetTempPath(), $"vigie-bench-pdftotext-{Environment.ProcessId}.lst");
        await File.WriteAllTextAsync(list, string.Join('\0', files) + "\0", cancellationToken).ConfigureAwait(false);
        try
        {
            var start = new ProcessStartInfo("bash")
            {
                ArgumentList =
                {
                    "-c",
                    $"xargs -0 -P {workers.ToString(CultureInfo.InvariantCulture)} -I '{{}}' pdftotext -q -enc UTF-8 '{{}}' - < \"$1\" > /dev/null; status=$?; times; exit $status",
                    "bash",
                    list,
                },
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            stopwatch.Stop();
            var cpu = ChildrenCpu(await output.ConfigureAwait(false));
            return new ToolRun(stopwatch.Elapsed, cpu, process.ExitCode == 0 ? null : $"code {process.ExitCode} {errors.Trim()}");
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static string Report(int count, int workers, TextPdfWriter writer, PdfCorpus corpus, VigieRun vigie, ToolRun? pdftotext, string loadBefore, string loadAfter)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var text = new StringBuilder();
        text.AppendLine("# Benchmark ingest-pdf : lecture de PDF texte");
        text.AppendLine();
        text.AppendLine(string.Create(fr, $"- Date : {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}"));
        text.AppendLine(string.Create(fr, $"- Machine : {Environment.ProcessorCount} cœurs, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}"));
        text.AppendLine($"- Charge (loadavg 1/5/15 min) avant : {loadBefore} ; après : {loadAfter} (d'autres processus partagent la machine)");
        text.AppendLine(string.Create(fr, $"- Corpus : {corpus.Files.Count} PDF générés (actes RH, 1 ou 2 pages, police {writer.FontName}), {corpus.Pages} pages, {corpus.Bytes / (1024.0 * 1024):0.0} Mo"));
        text.AppendLine(string.Create(fr, $"- Parallélisme : {workers} (Vigie : Parallel.ForEach ; pdftotext : xargs -P {workers}, un processus par fichier)"));
        text.AppendLine();
        text.AppendLine("| outil | durée (s) | pages/s | documents/s | temps CPU (s) | mémoire max |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        text.AppendLine(string.Create(fr, $"| Vigie (InputCollector + DocumentReader) | {vigie.Elapsed.TotalSeconds:0.00} | {vigie.Pages / vigie.Elapsed.TotalSeconds:0} | {vigie.Documents / vigie.Elapsed.TotalSeconds:0} | {vigie.Cpu.TotalSeconds:0.00} | {vigie.PeakBytes / (1024.0 * 1024):0} Mo{(vigie.PeakReset ? string.Empty : " (pic incluant la génération)")} |"));
        if (pdftotext is not null)
        {
            text.AppendLine(string.Create(fr, $"| pdftotext (poppler) | {pdftotext.Elapsed.TotalSeconds:0.00} | {corpus.Pages / pdftotext.Elapsed.TotalSeconds:0} | {corpus.Files.Count / pdftotext.Elapsed.TotalSeconds:0} | {pdftotext.Cpu.TotalSeconds:0.00} | — |"));
        }

        text.AppendLine();
        if (pdftotext is null)
        {
            text.AppendLine("pdftotext introuvable : pas de comparaison (installer poppler-utils).");
        }
        else
        {
            var ratio = vigie.Elapsed.TotalSeconds / pdftotext.Elapsed.TotalSeconds;
            text.AppendLine(string.Create(fr, $"**Rapport des durées Vigie / pdftotext : {ratio:0.00}** (objectif ≤ {TargetRatio:0.0}) : {(ratio <= TargetRatio ? "atteint" : "NON atteint")}."));
            if (pdftotext.Cpu > TimeSpan.Zero)
            {
                text.AppendLine(string.Create(fr, $"Rapport des temps CPU Vigie / pdftotext : {vigie.Cpu.TotalSeconds / pdftotext.Cpu.TotalSeconds:0.00} (moins sensible à la charge de la machine que la durée)."));
            }
            if (pdftotext.Error is not null)
            {
                text.AppendLine($"pdftotext a signalé une erreur : {pdftotext.Error}");
            }
        }

        text.AppendLine();
        text.AppendLine(string.Create(fr, $"Vigie : {vigie.Documents} documents lus, {vigie.Errors} en erreur, {vigie.Unexpected} au texte inattendu, {vigie.Characters} caractères extraits."));
        text.AppendLine(string.Create(fr, $"Commande : `dotnet run -c Release --project bench/Vigie.Bench -- ingest-pdf --count {count}`"));
        return text.ToString();
    }

    /// <summary>
    /// CPU time (user + system) of the shell's children, from the second line of bash's <c>times</c>
    /// ("1m2.345s 0m10.100s"): unlike wall time, it hardly moves when other processes load the machine.
    /// </summary>
    private static TimeSpan ChildrenCpu(string times)
    {
        var lines = times.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        foreach (var field in lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var m = field.IndexOf('m', StringComparison.Ordinal);
            if (m > 0
                && double.TryParse(field[..m], NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
                && double.TryParse(field[(m + 1)..].TrimEnd('s'), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                total += TimeSpan.FromSeconds((minutes * 60) + seconds);
            }
        }

        return total;
    }

    /// <summary>Resets the kernel's peak RSS of this process so the peak measured is the reading's, not the generation's.</summary>
    private static bool PeakReset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', fields.Take(3));
        }
        catch (IOException)
        {
            return "inconnue";
        }
    }

    private static int IntOption(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }
        }

        return fallback;
    }

    private static string RepositoryRoot()
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

    private sealed record VigieRun(TimeSpan Elapsed, TimeSpan Cpu, long Documents, long Pages, long Characters, long Errors, long Unexpected, long PeakBytes, bool PeakReset);

    private sealed record ToolRun(TimeSpan Elapsed, TimeSpan Cpu, string? Error);
}
