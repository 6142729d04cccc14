using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Vigie.Documents;
using Vigie.Documents.Ocr;

namespace Vigie.Bench.Ocr;

/// <summary>
/// OCR of generated A4 pages of French acts: Vigie's <see cref="TesseractOcrEngine"/> (Tesseract through P/Invoke,
/// engines reused) with one core then all cores, against the <c>tesseract</c> command on the same images in the same
/// run. Target: at least 1 page/s per core.
/// </summary>
public sealed class OcrBenchmark : IBenchmark
{
    private const double TargetPagesPerSecondPerCore = 1.0;

    public string Name => "ocr";

    public string Description =>
        "OCR de N pages A4 générées (défaut 40) : Vigie (1 cœur, tous les cœurs) contre la commande tesseract "
        + "(--pages N, --dpi 300, --psm 3, --invert, --no-cli, --explore).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var pageCount = IntOption(args, "--pages", 40);
        var dpi = IntOption(args, "--dpi", 300);
        var psm = (TesseractPageSegmentation)IntOption(args, "--psm", (int)TesseractPageSegmentation.Auto);
        var invert = args.Contains("--invert", StringComparer.Ordinal);
        var withCli = !args.Contains("--no-cli", StringComparer.Ordinal);
        var explore = args.Contains("--explore", StringComparer.Ordinal);
        var cores = Environment.ProcessorCount;
        var root = Path.Combine(Path.GetTempPath(), "vigie-bench-ocr", Guid.NewGuid().ToString("N"));

        try
        {
            Console.WriteLine($"Génération de {pageCount} pages A4 à {dpi} dpi (non chronométrée)…");
            var images = OcrPageImages.Generate(Path.Combine(root, dpi.ToString(CultureInfo.InvariantCulture)), pageCount, dpi);
            var bytes = images.Files.Select(File.ReadAllBytes).ToArray();
            var loadBefore = LoadAverage();

            var settings = new TesseractEngineSettings { PageSegmentation = psm, DetectInvertedText = invert };
            var startup = Stopwatch.StartNew();
            using var single = Engine(settings with { MaxConcurrentEngines = 1 });
            if (!single.IsAvailable)
            {
                Console.Error.WriteLine($"OCR indisponible : {single.UnavailableReason}");
                return 1;
            }

            var startupTime = startup.Elapsed;
            var runs = new List<OcrRun>
            {
                Measure("Vigie, 1 cœur", single, bytes, images.Texts, workers: 1, cancellationToken),
            };
            using (var parallel = Engine(settings with { MaxConcurrentEngines = cores }))
            {
                Warm(parallel, bytes, cores, cancellationToken);
                runs.Add(Measure(string.Create(CultureInfo.InvariantCulture, $"Vigie, {cores} cœurs"), parallel, bytes, images.Texts, cores, cancellationToken));
            }

            var rasterizing = MeasureRasterizer(Path.Combine(Path.GetDirectoryName(images.Files[0])!, "pages.pdf"), Math.Min(pageCount, 10), dpi, cancellationToken);

            if (withCli && TesseractCli.IsInstalled())
            {
                Console.WriteLine("Référence : commande tesseract…");
                runs.Add(Cli("tesseract (commande), 1 processus, OMP_THREAD_LIMIT=1", images, 1, singleThreaded: true, psm, invert, cancellationToken));
                runs.Add(Cli("tesseract (commande), 1 processus, OpenMP par défaut", images, 1, singleThreaded: false, psm, invert, cancellationToken));
                runs.Add(Cli(string.Create(CultureInfo.InvariantCulture, $"tesseract (commande), {cores} processus, OMP_THREAD_LIMIT=1"), images, cores, singleThreaded: true, psm, invert, cancellationToken));
            }

            var variants = explore ? Explore(root, Math.Min(pageCount, 20), settings, cores, cancellationToken) : [];
            var loadAfter = LoadAverage();

            var report = Report(pageCount, dpi, settings, single, startupTime, runs, rasterizing, variants, loadBefore, loadAfter);
            var resultPath = Path.Combine(RepositoryRoot(), "bench", "results", "ocr.md");
            Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
            await File.WriteAllTextAsync(resultPath, report, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(report);
            Console.WriteLine($"Résultats écrits dans {resultPath}");
            return 0;
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    private static TesseractOcrEngine Engine(TesseractEngineSettings settings) =>
        new(Options.Create(new DocumentsOptions()), settings: settings);

    /// <summary>Creates every engine of the pool before timing: steady throughput is what a batch sees.</summary>
    private static void Warm(TesseractOcrEngine engine, byte[][] images, int workers, CancellationToken cancellationToken) =>
        Parallel.For(0, Math.Min(workers, images.Length), new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
            engine.Recognize(images[i], cancellationToken));

    private static OcrRun Measure(string label, TesseractOcrEngine engine, byte[][] images, IReadOnlyList<string> texts, int workers, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{label}…");
        GC.Collect();
        var peakReset = ResetPeakMemory();
        var results = new OcrPageResult[images.Length];
        var cpuBefore = CpuTime.OfThisProcess();
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, images.Length, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
            results[i] = engine.Recognize(images[i], cancellationToken));
        var elapsed = stopwatch.Elapsed;
        var cpu = CpuTime.OfThisProcess() - cpuBefore;
        var recall = results.Select((r, i) => WordRecall.Of(texts[i], r.Text)).Average();
        return new OcrRun(label, workers, images.Length, elapsed, cpu, results.Average(r => r.Confidence), recall, peakReset ? PeakMemory.CurrentProcessPeakBytes() : null);
    }

    private static OcrRun Cli(string label, OcrPageImages images, int workers, bool singleThreaded, TesseractPageSegmentation psm, bool invert, CancellationToken cancellationToken)
    {
        Console.WriteLine($"{label}…");
        var cpuBefore = CpuTime.OfEndedChildren();
        var (elapsed, texts) = TesseractCli.Run(images.Files, workers, singleThreaded, (int)psm, invert, cancellationToken);
        var cpu = CpuTime.OfEndedChildren() - cpuBefore;
        var recall = texts.Select((t, i) => WordRecall.Of(images.Texts[i], t)).Average();
        return new OcrRun(label, workers, images.Files.Count, elapsed, cpu, double.NaN, recall, null);
    }

    private static TimeSpan? MeasureRasterizer(string pdf, int pages, int dpi, CancellationToken cancellationToken)
    {
        var bytes = File.ReadAllBytes(pdf);
        var rasterizer = new PdfPageRasterizer();
        var stopwatch = Stopwatch.StartNew();
        for (var page = 1; page <= pages; page++)
        {
            if (rasterizer.Render(bytes, page, dpi, cancellationToken) is null)
            {
                return null;
            }
        }

        return stopwatch.Elapsed / pages;
    }

    private static List<OcrRun> Explore(string root, int pages, TesseractEngineSettings baseline, int cores, CancellationToken cancellationToken)
    {
        var variants = new (string Label, int Dpi, TesseractEngineSettings Settings)[]
        {
            ("300 dpi, PSM 3 (auto), inversion off", 300, baseline with { PageSegmentation = TesseractPageSegmentation.Auto, DetectInvertedText = false }),
            ("300 dpi, PSM 3 (auto), inversion on", 300, baseline with { PageSegmentation = TesseractPageSegmentation.Auto, DetectInvertedText = true }),
            ("300 dpi, PSM 4 (colonne)", 300, baseline with { PageSegmentation = TesseractPageSegmentation.SingleColumn, DetectInvertedText = false }),
            ("300 dpi, PSM 6 (bloc)", 300, baseline with { PageSegmentation = TesseractPageSegmentation.SingleBlock, DetectInvertedText = false }),
            ("200 dpi, PSM 3 (auto), inversion off", 200, baseline with { PageSegmentation = TesseractPageSegmentation.Auto, DetectInvertedText = false }),
        };
        var imagesByDpi = new Dictionary<int, OcrPageImages>();
        var runs = new List<OcrRun>();
        foreach (var (label, dpi, settings) in variants)
        {
            if (!imagesByDpi.TryGetValue(dpi, out var images))
            {
                images = OcrPageImages.Generate(Path.Combine(root, "explore-" + dpi.ToString(CultureInfo.InvariantCulture)), pages, dpi);
                imagesByDpi[dpi] = images;
            }

            var bytes = images.Files.Select(File.ReadAllBytes).ToArray();
            using var engine = Engine(settings with { MaxConcurrentEngines = cores });
            Warm(engine, bytes, cores, cancellationToken);
            runs.Add(Measure(label, engine, bytes, images.Texts, cores, cancellationToken));
        }

        return runs;
    }

    private static string Report(
        int pageCount, int dpi, TesseractEngineSettings settings, TesseractOcrEngine engine, TimeSpan startup,
        List<OcrRun> runs, TimeSpan? rasterizing, List<OcrRun> variants, string loadBefore, string loadAfter)
    {
        var fr = CultureInfo.GetCultureInfo("fr-FR");
        var text = new StringBuilder();
        text.AppendLine("# Benchmark OCR (`ocr`)");
        text.AppendLine();
        text.AppendLine(string.Create(fr, $"- Date : {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}"));
        text.AppendLine(string.Create(fr, $"- Machine : {Environment.ProcessorCount} cœurs, {Environment.OSVersion}, .NET {Environment.Version} ; charge moyenne (1, 5, 15 min) avant : {loadBefore}, après : {loadAfter}"));
        text.AppendLine(string.Create(fr, $"- Tesseract {engine.EngineVersion}, données {engine.TessdataFolder}/fra.traineddata ({new FileInfo(Path.Combine(engine.TessdataFolder!, "fra.traineddata")).Length / 1024} Ko), moteur LSTM seul"));
        text.AppendLine(string.Create(fr, $"- Pages : {pageCount} pages A4 générées (arrêtés fictifs, ~40 lignes, DejaVu Serif 11 pt), rendues en PNG gris à {dpi} dpi par pdftoppm"));
        text.AppendLine(string.Create(fr, $"- Réglages : PSM {(int)settings.PageSegmentation}, tessedit_do_invert={(settings.DetectInvertedText ? 1 : 0)}, OMP_THREAD_LIMIT=1 (posé par Vigie avant le chargement de libtesseract)"));
        text.AppendLine(string.Create(fr, $"- Démarrage du moteur (chargement de la bibliothèque et de fra) : {startup.TotalMilliseconds:0} ms, non compté ; pour « tous les cœurs », un moteur par cœur est créé avant la mesure"));
        text.AppendLine();
        AppendTable(text, runs, fr);
        text.AppendLine();
        if (rasterizing is not null)
        {
            text.AppendLine(string.Create(fr, $"Rasterisation d'une page PDF sans image intégrée (pdftoppm, {dpi} dpi, gris) : {rasterizing.Value.TotalMilliseconds:0} ms par page, en plus de l'OCR."));
            text.AppendLine();
        }

        var vigie = runs.Where(r => r.Label.StartsWith("Vigie", StringComparison.Ordinal)).ToList();
        var bestWall = vigie.Max(r => r.PagesPerSecondPerCore);
        var bestCpu = vigie.Max(r => r.PagesPerCpuSecond ?? 0);
        text.AppendLine(string.Create(fr, $"Objectif ≥ {TargetPagesPerSecondPerCore:0} page/s par cœur : en temps écoulé {(bestWall >= TargetPagesPerSecondPerCore ? "atteint" : "non atteint")} ({bestWall:0.00} page/s par cœur au mieux) ; en temps CPU (ce que donne un cœur libre) {(bestCpu >= TargetPagesPerSecondPerCore ? "atteint" : "non atteint")} ({bestCpu:0.00} page par seconde CPU)."));
        if (variants.Count > 0)
        {
            text.AppendLine();
            text.AppendLine(string.Create(fr, $"## Variantes (tous les cœurs, {variants[0].Pages} pages)"));
            text.AppendLine();
            AppendTable(text, variants, fr);
        }

        text.AppendLine();
        text.AppendLine("Rappel des mots : part des mots du texte d'origine retrouvés dans le texte OCR. Pages par seconde CPU : "
            + "pages divisées par le temps CPU consommé (processus Vigie, ou processus tesseract terminés) ; sur une machine "
            + "partagée (voir la charge moyenne), c'est la mesure qui approche le débit d'un cœur libre, le temps écoulé "
            + "mesurant surtout la charge des autres processus.");
        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, List<OcrRun> runs, CultureInfo fr)
    {
        text.AppendLine("| Passe | Parallélisme | Durée (s) | Pages/s | Pages/s par cœur | Temps CPU (s) | Pages par seconde CPU | Confiance moyenne | Rappel des mots | Pic mémoire |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var confidence = double.IsNaN(run.MeanConfidence) ? "—" : string.Create(fr, $"{run.MeanConfidence:0.0}");
            var peak = run.PeakBytes is { } bytes ? string.Create(fr, $"{bytes / (1024.0 * 1024):0} Mo") : "—";
            var cpu = run.Cpu is { } time ? string.Create(fr, $"{time.TotalSeconds:0.0}") : "—";
            var perCpuSecond = run.PagesPerCpuSecond is { } rate ? string.Create(fr, $"{rate:0.00}") : "—";
            text.AppendLine(string.Create(fr, $"| {run.Label} | {run.Workers} | {run.Elapsed.TotalSeconds:0.0} | {run.PagesPerSecond:0.00} | {run.PagesPerSecondPerCore:0.00} | {cpu} | {perCpuSecond} | {confidence} | {run.MeanRecall:P1} | {peak} |"));
        }
    }

    private static bool ResetPeakMemory()
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
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
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
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.slnx")))
            {
                return dir.FullName;
            }
        }

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
