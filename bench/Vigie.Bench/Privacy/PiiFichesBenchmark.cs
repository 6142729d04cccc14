using System.Globalization;
using System.IO.Compression;
using System.Text;
using Vigie.Privacy;
using Vigie.Privacy.Detection;

namespace Vigie.Bench.Privacy;

/// <summary>
/// False positives on real Service-Public.fr fiches (DILA XML), which hold almost no personal data: every entity
/// flagged there is counted as a false positive. <c>dotnet run -c Release --project bench/Vigie.Bench -- pii-fiches</c>;
/// writes bench/results/pii-fiches.md. The lexicon was derived from the "particuliers" fiches only, so the
/// "professionnels" and "associations" fiches are unseen.
/// </summary>
public sealed class PiiFichesBenchmark : IBenchmark
{
    public string Name => "pii-fiches";

    public string Description => "Taux de faux positifs de la détection de données personnelles sur les fiches Service-Public.fr (DILA).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var shared = BenchArguments.Value(args, "--shared") ?? BenchPaths.Shared();
        if (shared is null)
        {
            Console.Error.WriteLine("Données partagées absentes : rien à mesurer.");
            return 1;
        }

        var detector = PiiDetector.CreateDefault();
        var report = new StringBuilder()
            .AppendLine("# Faux positifs sur les fiches Service-Public.fr (`pii-fiches`)")
            .AppendLine()
            .AppendLine("Les fiches « vos droits et démarches » ne contiennent presque aucune donnée personnelle : toute entité détectée")
            .AppendLine("y est comptée comme faux positif (les rares vrais noms, ex. d'auteurs de lois, en font partie).")
            .AppendLine("Le lexique des mots ordinaires vient des seules fiches « particuliers » : « professionnels » et « associations » sont inédites.")
            .AppendLine()
            .AppendLine("| fiches | nombre | Mo | entités | fiches avec ≥ 1 entité | entités / 100 000 caractères | par type |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---|");
        var samples = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var part in new[] { "professionnels", "associations", "particuliers" })
        {
            var zip = Path.Combine(shared, "data", "service-public", $"vosdroits-{part}.zip");
            if (!File.Exists(zip))
            {
                continue;
            }

            int fiches = 0, flagged = 0;
            long chars = 0, entities = 0;
            var byType = new Dictionary<PiiType, int>();
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string text;
                using (var stream = entry.Open())
                {
                    text = DilaFicheText.Extract(stream);
                }

                var spans = detector.Detect(text).Spans;
                fiches++;
                chars += text.Length;
                entities += spans.Count;
                if (spans.Count > 0)
                {
                    flagged++;
                }

                foreach (var s in spans)
                {
                    byType[s.Type] = byType.GetValueOrDefault(s.Type) + 1;
                    var key = $"{s.Type.ToCode()} « {text[s.Start..s.End].Replace('\n', ' ')} »";
                    samples[key] = samples.GetValueOrDefault(key) + 1;
                }
            }

            var types = string.Join(", ", byType.OrderByDescending(p => p.Value).Select(p => $"{p.Key.ToCode()} {p.Value}"));
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {part} | {fiches:N0} | {chars / 1_000_000.0:N1} | {entities:N0} | {flagged:N0} ({100.0 * flagged / Math.Max(1, fiches):N1} %) | {100_000.0 * entities / Math.Max(1, chars):N2} | {types} |");
        }

        report.AppendLine().AppendLine("## Détections les plus fréquentes (pour étude)").AppendLine();
        foreach (var (text, count) in samples.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(40))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {count} × {text}");
        }

        Console.WriteLine(report);
        var results = Path.Combine(BenchPaths.RepositoryRoot(), "bench", "results");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, "pii-fiches.md"), report.ToString(), cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
