using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Vigie.Acts.Reporting;
using Vigie.Documents.Inputs;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;

namespace Vigie.Acts.Pipeline;

/// <summary>
/// <c>vigie check</c>: walks the inputs, checks each document on every core, files the originals and results in
/// the GED catalogue, and writes report.json, report.html and report.csv in input order.
/// </summary>
/// <remarks>
/// Work goes in chunks: a chunk is read from the inputs, checked in parallel, saved in one transaction, then
/// reported. A document the catalogue already holds (same SHA-256, already checked, or done before an
/// interruption) is reported from the catalogue without being analysed again, so a re-run is idempotent and an
/// interrupted batch resumes where it stopped.
/// </remarks>
public sealed partial class ActsCheckPipeline(
    InputCollector collector,
    DocumentChecker checker,
    IGedCatalog catalog,
    IOriginalStore originals,
    TimeProvider time,
    ILogger<ActsCheckPipeline> logger)
{
    private const int ChunkSize = 64;

    public async Task<CheckOutcome> RunAsync(CheckRequest request, IProgress<CheckProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var stopwatch = Stopwatch.StartNew();
        Directory.CreateDirectory(request.OutputDirectory);
        var jsonPath = Path.Combine(request.OutputDirectory, "report.json");
        var htmlPath = Path.Combine(request.OutputDirectory, "report.html");
        var csvPath = Path.Combine(request.OutputDirectory, "report.csv");

        var start = await catalog.StartOrResumeBatchAsync(request.Inputs, cancellationToken).ConfigureAwait(false);
        var batchId = start.Batch.Id;
        LogBatchStarted(logger, batchId, start.Resumed);

        var summary = new BatchSummary();
        var reused = 0;
        var writers = new IReportWriter[]
        {
            new JsonReportWriter(Create(jsonPath)),
            new HtmlReportWriter(Create(htmlPath)),
            new CsvReportWriter(Create(csvPath)),
        };
        try
        {
            var header = new ActsReportHeader(ReportJson.Schema, time.GetLocalNow(), batchId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var writer in writers)
            {
                await writer.BeginAsync(header, cancellationToken).ConfigureAwait(false);
            }

            foreach (var chunk in collector.Collect(request.Inputs, cancellationToken).Chunk(ChunkSize))
            {
                var (reports, reusedInChunk) = await CheckChunkAsync(batchId, chunk, cancellationToken).ConfigureAwait(false);
                reused += reusedInChunk;
                foreach (var report in reports)
                {
                    summary.Add(report);
                    foreach (var writer in writers)
                    {
                        await writer.WriteAsync(report, cancellationToken).ConfigureAwait(false);
                    }
                }

                progress?.Report(new CheckProgress(summary.Documents, summary.Acts, reused, reports[^1].Source));
            }

            foreach (var writer in writers)
            {
                await writer.EndAsync(summary, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            await catalog.InterruptBatchAsync(batchId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        finally
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }
        }

        await catalog.FinishBatchAsync(batchId, cancellationToken).ConfigureAwait(false);
        LogBatchFinished(logger, batchId, summary.Documents, summary.Acts, stopwatch.Elapsed.TotalSeconds);
        return new CheckOutcome(batchId, start.Resumed, summary, jsonPath, htmlPath, csvPath)
        {
            Reused = reused,
            Elapsed = stopwatch.Elapsed,
        };
    }

    private async Task<(DocumentReport[] Reports, int Reused)> CheckChunkAsync(long batchId, InputItem[] chunk, CancellationToken cancellationToken)
    {
        var reports = new DocumentReport?[chunk.Length];
        var reused = 0;
        await catalog.RegisterItemsAsync(batchId, chunk.Select(i => new BatchItemEntry(i.Source, i.Sha256)).ToArray(), cancellationToken).ConfigureAwait(false);

        // What the catalogue already knows is reported from it, never analysed twice.
        var toCheck = new List<int>(chunk.Length);
        for (var i = 0; i < chunk.Length; i++)
        {
            var item = chunk[i];
            if (item.Input is not null && item.Sha256 is not null
                && await catalog.TryReuseDocumentAsync(batchId, item.Source, item.Sha256, cancellationToken).ConfigureAwait(false) is { } stored)
            {
                reports[i] = StoredReportMapper.FromStored(item.Source, stored);
                reused++;
            }
            else
            {
                toCheck.Add(i);
            }
        }

        await Parallel.ForEachAsync(
            toCheck,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var item = chunk[i];
                reports[i] = checker.Check(item, ct);
                if (item.Input is not null)
                {
                    await originals.SaveAsync(item.Input.Content, item.Sha256, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);

        var results = new List<DocumentResult>(toCheck.Count);
        foreach (var i in toCheck)
        {
            var item = chunk[i];
            var report = reports[i]!;
            if (item.Input is null || item.Sha256 is null)
            {
                await catalog.SaveItemErrorAsync(batchId, item.Source, item.Sha256, new StoredError(report.Error!.Code, report.Error.Message), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                results.Add(StoredReportMapper.ToResult(batchId, report, item.Input.Content.LongLength));
            }
        }

        await catalog.SaveDocumentResultsAsync(results, cancellationToken).ConfigureAwait(false);

        // Conforming acts are filed in the GED; the others wait for a person's decision.
        foreach (var i in toCheck)
        {
            var report = reports[i]!;
            if (report.Acts.Count == 0 || report.Sha256 is null)
            {
                continue;
            }

            var stored = await catalog.GetDocumentAsync(report.Sha256, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                continue;
            }

            var acts = report.Acts.ToArray();
            foreach (var storedAct in stored.Acts)
            {
                if (storedAct.ActIndex >= acts.Length)
                {
                    continue;
                }

                var act = acts[storedAct.ActIndex];
                var classement = storedAct.Classement;
                if (act.Classement == DocumentChecker.Filed && classement == Classement.EnAttente
                    && await catalog.MarkFiledAsync(storedAct.Id, cancellationToken).ConfigureAwait(false))
                {
                    classement = Classement.Classe;
                }

                acts[storedAct.ActIndex] = act with { GedId = storedAct.Id, Classement = StoredReportMapper.ClassementCode(classement) };
            }

            reports[i] = report with { Acts = acts };
        }

        return (reports.Select(r => r!).ToArray(), reused);
    }

    private static FileStream Create(string path) =>
        new(path, FileMode.Create, FileAccess.Write, FileShare.Read, 65536, useAsync: true);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lot {BatchId} démarré (reprise : {Resumed})")]
    private static partial void LogBatchStarted(ILogger logger, long batchId, bool resumed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Lot {BatchId} terminé : {Documents} documents, {Acts} actes en {Seconds:F1} s")]
    private static partial void LogBatchFinished(ILogger logger, long batchId, int documents, int acts, double seconds);
}
