using System.Globalization;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Resume;

/// <summary>
/// A pipeline in miniature, as a real one uses the GED: start or resume the batch, skip what is done, store the
/// original, then save the document and its acts in one transaction. Prints "saved N" after each document so
/// the test knows when to kill it.
/// </summary>
internal static class ChildBatchWriter
{
    public const string Argument = "--vigie-child-batch-writer";
    public const int ActsPerDocument = 3;
    public static readonly IReadOnlyList<string> Inputs = ["/depot/lot-2026-11", "/depot/complements.zip"];

    /// <summary>The deterministic bytes of input <paramref name="index"/> (a few KiB, distinct for every index).</summary>
    public static byte[] Content(int index) =>
        GedSamples.Bytes(string.Concat(Enumerable.Repeat($"%PDF-1.7 arrêté n° {index:D5} portant avancement d'échelon\n", 60)));

    public static string Source(int index) => $"lot-2026-11/commune-{index % 7}/arrete-{index:D5}.pdf";

    /// <summary>Args: data folder, number of documents, delay after each document in milliseconds.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var options = new StorageOptions { DataDirectory = args[0] };
        var count = int.Parse(args[1], CultureInfo.InvariantCulture);
        var delay = int.Parse(args[2], CultureInfo.InvariantCulture);
        var originals = new FileSystemOriginalStore(options.ObjectsDirectory);
        using var catalog = new SqliteGedCatalog(options.CatalogPath);

        originals.RemoveAbandonedTemporaryFiles(TimeSpan.Zero);
        var batch = (await catalog.StartOrResumeBatchAsync(Inputs, cancellationToken)).Batch;
        for (var i = 0; i < count; i++)
        {
            var content = Content(i);
            var sha = GedSamples.Sha(content);
            if (await catalog.IsDoneAsync(batch.Id, Source(i), sha, cancellationToken))
            {
                continue;
            }

            await originals.SaveAsync(content, sha, cancellationToken);
            var acts = Enumerable.Range(0, ActsPerDocument)
                .Select(a => GedSamples.Act(a, collectivite: $"Commune {i % 7}", agentNom: $"AGENT{i:D5}", agentPrenom: $"Prénom{a}"))
                .ToArray();
            await catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, Source(i), content, acts), cancellationToken);
            await output.WriteLineAsync($"saved {i}");
            await output.FlushAsync(cancellationToken);
            if (delay > 0)
            {
                await Task.Delay(delay, cancellationToken);
            }
        }

        await catalog.FinishBatchAsync(batch.Id, cancellationToken);
        await output.WriteLineAsync("done");
        await output.FlushAsync(cancellationToken);
        return 0;
    }
}
