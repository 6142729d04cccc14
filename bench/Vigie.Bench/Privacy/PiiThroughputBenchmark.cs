using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Bench.Privacy;

/// <summary>
/// Throughput of personal-data detection on one core: at least 50 MB of realistic French text (generated letters,
/// acts, emails, CVs, meeting notes mixed with Service-Public.fr fiches when present), document by document,
/// against a baseline in the same run (a plain regex scan for emails and phone numbers over the same documents).
/// <c>dotnet run -c Release --project bench/Vigie.Bench -- pii [--mb 50]</c>; writes bench/results/pii.md.
/// </summary>
public sealed partial class PiiThroughputBenchmark : IBenchmark
{
    public string Name => "pii";

    public string Description => "Débit de la détection de données personnelles (Mo/s, un cœur) sur ≥ 50 Mo de texte, contre un balayage regex e-mail + téléphone.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var targetMb = int.Parse(BenchArguments.Value(args, "--mb") ?? "50", CultureInfo.InvariantCulture);
        var documents = BuildDocuments(targetMb * 1_000_000L);
        long bytes = 0;
        foreach (var d in documents)
        {
            bytes += Encoding.UTF8.GetByteCount(d);
        }

        var mb = bytes / 1_000_000.0;
        Console.WriteLine($"{documents.Count:N0} documents, {mb:N1} Mo (UTF-8)");

        var loadWatch = Stopwatch.StartNew();
        var detector = PiiDetector.CreateDefault();
        detector.Detect("Mme Claire DUPONT, née le 12/03/1985, 06 12 34 56 78.");
        loadWatch.Stop();

        // Baseline: the cheapest useful scan, emails and phone numbers by regex only.
        var baseline = Stopwatch.StartNew();
        long baselineHits = 0;
        foreach (var d in documents)
        {
            baselineHits += BaselinePattern().Count(d);
        }

        baseline.Stop();

        var watch = Stopwatch.StartNew();
        long entities = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var d in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            entities += detector.Detect(d).Spans.Count;
        }

        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var rate = mb / watch.Elapsed.TotalSeconds;
        var baselineRate = mb / baseline.Elapsed.TotalSeconds;
        var report = new StringBuilder()
            .AppendLine("# Débit de la détection de données personnelles (`pii`)")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"- Texte : {documents.Count:N0} documents, {mb:N1} Mo UTF-8 (courriers, actes, courriels, CV, comptes rendus générés, mêlés de fiches Service-Public.fr si présentes).")
            .AppendLine(CultureInfo.InvariantCulture, $"- Machine : {Environment.ProcessorCount} cœurs, .NET {Environment.Version}, un seul fil d'exécution.")
            .AppendLine(CultureInfo.InvariantCulture, $"- Chargement des listes (prénoms, noms, communes, lexique) : {loadWatch.Elapsed.TotalSeconds:N2} s.")
            .AppendLine()
            .AppendLine("| mesure | durée (s) | débit (Mo/s) | résultats |")
            .AppendLine("|---|---:|---:|---:|")
            .AppendLine(CultureInfo.InvariantCulture, $"| Vigie `PiiDetector` (8 types) | {watch.Elapsed.TotalSeconds:N2} | **{rate:N1}** | {entities:N0} entités |")
            .AppendLine(CultureInfo.InvariantCulture, $"| référence : regex e-mail + téléphone seule | {baseline.Elapsed.TotalSeconds:N2} | {baselineRate:N1} | {baselineHits:N0} correspondances |")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Temps processeur de la détection : {cpu.TotalSeconds:N2} s, soit **{mb / cpu.TotalSeconds:N1} Mo/s de temps processeur** (un cœur). Objectif : ≥ 5 Mo/s.")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Charge de la machine pendant la mesure (load average) : {LoadAverage()} ; quand d'autres processus se partagent les 2 cœurs, la durée murale surestime le coût et le débit « temps processeur » est la mesure juste.")
            .ToString();
        Console.WriteLine(report);
        var results = Path.Combine(BenchPaths.RepositoryRoot(), "bench", "results");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, "pii.md"), report, cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "inconnue";

    private static List<string> BuildDocuments(long targetBytes)
    {
        var fiches = new List<string>();
        var shared = BenchPaths.Shared();
        var zip = shared is null ? null : Path.Combine(shared, "data", "service-public", "vosdroits-associations.zip");
        if (zip is not null && File.Exists(zip))
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                fiches.Add(DilaFicheText.Extract(stream));
            }
        }

        var generator = new PiiTextGenerator(42);
        var documents = new List<string>();
        long total = 0;
        var i = 0;
        while (total < targetBytes)
        {
            // Two generated documents for one fiche: personal data is dense, as in an HR service's mail.
            var text = fiches.Count > 0 && i % 3 == 2 ? fiches[i / 3 % fiches.Count] : PiiTextGenerator.Plain(generator.Next(i));
            documents.Add(text);
            total += Encoding.UTF8.GetByteCount(text);
            i++;
        }

        return documents;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}", RegexOptions.CultureInvariant)]
    private static partial Regex BaselinePattern();
}
