using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite;

namespace Vigie.Bench.Storage;

/// <summary>
/// Writes N acts (default 40,000) into a fresh SQLite catalogue as the pipeline does (groups in one transaction),
/// against a baseline in the same run: the same act rows inserted raw into a bare table. Then measures one
/// transaction per document, the idempotent re-run, act searches (p50/p95 against the 200 ms target) and the
/// fsync'ed store of originals.
/// </summary>
public sealed class GedWriteBenchmark : IBenchmark
{
    private const double ListTargetMilliseconds = 200;

    public string Name => "ged-write";

    public string Description => "Écriture de N actes dans le catalogue GED (défaut 40 000) contre un INSERT brut ; recherches p95 ; originaux (--acts N, --per-document K, --group G, --originals M, --keep).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var actCount = IntOption(args, "--acts", 40_000);
        var perDocument = IntOption(args, "--per-document", 1);
        var group = IntOption(args, "--group", 200);
        var originalCount = IntOption(args, "--originals", 1_000);
        var keep = args.Contains("--keep", StringComparer.Ordinal);
        var documentCount = (actCount + perDocument - 1) / perDocument;
        var root = Path.Combine(Path.GetTempPath(), "vigie-bench-ged", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var report = new StringBuilder();
        void Line(string text)
        {
            Console.WriteLine(text);
            report.AppendLine(text);
        }

        try
        {
            Line($"# ged-write — {DateTimeOffset.Now:yyyy-MM-dd HH:mm}");
            Line(string.Empty);
            Line($"{actCount:N0} actes, {documentCount:N0} documents ({perDocument} acte(s) par document), groupes de {group} documents par transaction.");
            Line($"Machine : {Environment.ProcessorCount} cœurs, charge moyenne au départ {LoadAverage()}.");
            Line(string.Empty);

            var data = new GedBenchData(300);
            var documents = new List<DocumentResult>(documentCount);
            for (var i = 0; i < documentCount; i++)
            {
                documents.Add(data.Document(1, i, perDocument));
            }

            var baseline = RawInsert(Path.Combine(root, "baseline.db"), documents);
            Line($"| mesure | durée | débit |");
            Line($"|---|---:|---:|");
            Line($"| Référence : INSERT brut des mêmes actes (table nue, 1 transaction) | {Seconds(baseline)} | {Rate(actCount, baseline)} actes/s |");

            using var catalog = new SqliteGedCatalog(Path.Combine(root, "grouped", "catalogue.db"));
            var batchId = (await catalog.StartOrResumeBatchAsync(["bench"], cancellationToken).ConfigureAwait(false)).Batch.Id;
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < documents.Count; i += group)
            {
                var slice = documents.GetRange(i, Math.Min(group, documents.Count - i)).Select(d => d with { BatchId = batchId }).ToArray();
                await catalog.SaveDocumentResultsAsync(slice, cancellationToken).ConfigureAwait(false);
            }

            var grouped = stopwatch.Elapsed;
            Line($"| Catalogue, SaveDocumentResults par groupes de {group} | {Seconds(grouped)} | {Rate(actCount, grouped)} actes/s |");

            stopwatch.Restart();
            var rerun = (await catalog.StartOrResumeBatchAsync(["bench-bis"], cancellationToken).ConfigureAwait(false)).Batch.Id;
            for (var i = 0; i < documents.Count; i += group)
            {
                var slice = documents.GetRange(i, Math.Min(group, documents.Count - i)).Select(d => d with { BatchId = rerun }).ToArray();
                await catalog.SaveDocumentResultsAsync(slice, cancellationToken).ConfigureAwait(false);
            }

            var again = stopwatch.Elapsed;
            Line($"| Même lot réingéré (aucune ligne d'acte ajoutée) | {Seconds(again)} | {Rate(actCount, again)} actes/s |");

            // A realistic batch for the searches: a few hundred documents among the whole catalogue.
            var smallBatch = (await catalog.StartOrResumeBatchAsync(["bench-petit-lot"], cancellationToken).ConfigureAwait(false)).Batch.Id;
            await catalog.SaveDocumentResultsAsync(documents.Take(400).Select(d => d with { BatchId = smallBatch }).ToArray(), cancellationToken).ConfigureAwait(false);
            await catalog.FinishBatchAsync(smallBatch, cancellationToken).ConfigureAwait(false);

            var sample = Math.Min(documents.Count, 4_000);
            using (var perDocumentCatalog = new SqliteGedCatalog(Path.Combine(root, "single", "catalogue.db")))
            {
                var single = (await perDocumentCatalog.StartOrResumeBatchAsync(["bench"], cancellationToken).ConfigureAwait(false)).Batch.Id;
                stopwatch.Restart();
                for (var i = 0; i < sample; i++)
                {
                    await perDocumentCatalog.SaveDocumentResultAsync(documents[i] with { BatchId = single }, cancellationToken).ConfigureAwait(false);
                }

                var singleTime = stopwatch.Elapsed;
                var extrapolated = TimeSpan.FromTicks(singleTime.Ticks * documents.Count / sample);
                Line($"| Catalogue, une transaction par document ({sample:N0} documents, extrapolé à {documents.Count:N0}) | {Seconds(extrapolated)} | {Rate(sample * perDocument, singleTime)} actes/s |");
            }

            Line(string.Empty);
            Line($"Base : {new FileInfo(catalog.DatabasePath).Length / (1024.0 * 1024):N1} Mio (+ WAL {WalSize(catalog.DatabasePath):N1} Mio).");
            Line(string.Empty);
            await MeasureQueriesAsync(catalog, data, batchId, smallBatch, Line, cancellationToken).ConfigureAwait(false);
            Line(string.Empty);
            await MeasureOriginalsAsync(Path.Combine(root, "objects"), originalCount, Line, cancellationToken).ConfigureAwait(false);
            Line(string.Empty);
            Line($"Pic mémoire : {PeakMemory.CurrentProcessPeakBytes() / (1024.0 * 1024):N0} Mio ; charge moyenne à la fin {LoadAverage()}.");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep)
            {
                Console.WriteLine($"Catalogues conservés dans {root}");
            }
            else
            {
                Directory.Delete(root, recursive: true);
            }
        }

        var resultPath = Path.Combine(RepositoryRoot(), "bench", "results", "ged-write.md");
        Directory.CreateDirectory(Path.GetDirectoryName(resultPath)!);
        await File.WriteAllTextAsync(resultPath, report.ToString(), cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Résultats écrits dans {resultPath}");
        return 0;
    }

    private static async Task MeasureQueriesAsync(IGedCatalog catalog, GedBenchData data, long batchId, long smallBatchId, Action<string> line, CancellationToken cancellationToken)
    {
        const int runs = 40;
        var collectivite = data.Collectivites[7];
        var queries = new (string Label, ActQuery Query)[]
        {
            ("Première page, sans filtre", new ActQuery()),
            ("Une collectivité", new ActQuery { Collectivite = collectivite }),
            ("Une collectivité, à corriger, par date d'effet", new ActQuery { Collectivite = collectivite, Verdict = "a_corriger", Sort = ActSort.DateEffet }),
            ("Agent (morceau du nom)", new ActQuery { Agent = "lefe" }),
            ("Texte libre, deux mots", new ActQuery { Text = "hélène saint-exemple-1" }),
            ("Type et période", new ActQuery { Type = "CONTRAT", DateFrom = new DateOnly(2024, 1, 1), DateTo = new DateOnly(2024, 12, 31) }),
            ("Un lot de 400 documents", new ActQuery { BatchId = smallBatchId, Limit = 100 }),
            ("Le lot de tout le catalogue", new ActQuery { BatchId = batchId, Limit = 100 }),
            ("En attente, tri par agent, page 100", new ActQuery { Classement = Classement.EnAttente, Sort = ActSort.Agent, Offset = 5_000, Limit = 50 }),
        };
        line($"Recherches ({runs} passages chacune, objectif p95 ≤ {ListTargetMilliseconds} ms) :");
        line(string.Empty);
        line("| recherche | résultats | p50 | p95 |");
        line("|---|---:|---:|---:|");
        foreach (var (label, query) in queries)
        {
            var timings = new List<double>(runs);
            var total = 0;
            for (var i = 0; i < runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                total = (await catalog.ListActsAsync(query, cancellationToken).ConfigureAwait(false)).TotalCount;
                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            timings.Sort();
            var p95 = timings[(int)Math.Ceiling(runs * 0.95) - 1];
            var verdict = p95 <= ListTargetMilliseconds ? string.Empty : " (au-delà de l'objectif)";
            line($"| {label} | {total:N0} | {timings[runs / 2]:N1} ms | {p95:N1} ms{verdict} |");
        }
    }

    private static async Task MeasureOriginalsAsync(string folder, int count, Action<string> line, CancellationToken cancellationToken)
    {
        const int size = 30_000;
        var store = new FileSystemOriginalStore(Path.Combine(folder, "store"));
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await store.SaveAsync(GedBenchData.Content(i, size), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var stored = stopwatch.Elapsed;
        stopwatch.Restart();
        for (var i = 0; i < count; i++)
        {
            await store.SaveAsync(GedBenchData.Content(i, size), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var again = stopwatch.Elapsed;
        var plain = Path.Combine(folder, "plain");
        Directory.CreateDirectory(plain);
        stopwatch.Restart();
        for (var i = 0; i < count; i++)
        {
            await File.WriteAllBytesAsync(Path.Combine(plain, i.ToString(CultureInfo.InvariantCulture)), GedBenchData.Content(i, size), cancellationToken).ConfigureAwait(false);
        }

        var baseline = stopwatch.Elapsed;
        line($"Originaux ({count:N0} fichiers de {size / 1000} ko) :");
        line(string.Empty);
        line("| mesure | durée | par fichier |");
        line("|---|---:|---:|");
        line($"| Référence : File.WriteAllBytes, sans fsync ni empreinte | {Seconds(baseline)} | {baseline.TotalMilliseconds / count:N2} ms |");
        line($"| Stockage GED (SHA-256, fichier temporaire, fsync, renommage) | {Seconds(stored)} | {stored.TotalMilliseconds / count:N2} ms |");
        line($"| Mêmes fichiers à nouveau (déjà présents : rien n'est écrit) | {Seconds(again)} | {again.TotalMilliseconds / count:N2} ms |");
    }

    /// <summary>What SQLite alone costs for the same act rows: a bare table, one prepared insert, one transaction.</summary>
    private static TimeSpan RawInsert(string path, IReadOnlyList<DocumentResult> documents)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                CREATE TABLE acts (id INTEGER PRIMARY KEY, sha TEXT, idx INTEGER, type TEXT, collectivite TEXT, agent_nom TEXT,
                    agent_prenom TEXT, date_effet TEXT, verdict TEXT, fields TEXT, anomalies TEXT);
                """;
            setup.ExecuteNonQuery();
        }

        var stopwatch = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO acts (sha, idx, type, collectivite, agent_nom, agent_prenom, date_effet, verdict, fields, anomalies) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10);";
        var parameters = Enumerable.Range(1, 10).Select(i => insert.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), DBNull.Value))).ToArray();
        insert.Prepare();
        foreach (var document in documents)
        {
            foreach (var act in document.Acts)
            {
                parameters[0].Value = document.Sha256;
                parameters[1].Value = act.ActIndex;
                parameters[2].Value = act.Type;
                parameters[3].Value = act.Collectivite;
                parameters[4].Value = act.AgentNom;
                parameters[5].Value = act.AgentPrenom;
                parameters[6].Value = act.DateEffet?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                parameters[7].Value = act.Verdict;
                parameters[8].Value = act.FieldsJson;
                parameters[9].Value = act.AnomaliesJson;
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
        return stopwatch.Elapsed;
    }

    private static double WalSize(string databasePath)
    {
        var wal = databasePath + "-wal";
        return File.Exists(wal) ? new FileInfo(wal).Length / (1024.0 * 1024) : 0;
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:N2} s";

    private static string Rate(int count, TimeSpan time) => (count / Math.Max(time.TotalSeconds, 1e-9)).ToString("N0", CultureInfo.InvariantCulture);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

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
