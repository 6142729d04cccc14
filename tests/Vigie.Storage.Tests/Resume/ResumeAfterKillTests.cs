using Vigie.Storage.Catalog;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Resume;

/// <summary>
/// A batch writer is really killed (Process.Kill) while it writes; the batch is then resumed. Nothing may be lost
/// and nothing written twice.
/// </summary>
public sealed class ResumeAfterKillTests
{
    private const int Documents = 120;
    private const int KillAfter = 12;

    [Fact]
    public async Task StartOrResumeBatch_AfterWriterKilledMidBatch_ResumesWithoutLossOrDuplicate()
    {
        using var ged = new TempGed();
        var killedAt = await RunChildAndKillAsync(ged.DataDirectory);

        // What the killed process left: whole documents only.
        var documentsAfterKill = ged.Count("FROM documents");
        Assert.InRange(documentsAfterKill, KillAfter, Documents - 1);
        Assert.Equal(0, ged.Count($"FROM documents d WHERE (SELECT COUNT(*) FROM acts a WHERE a.document_sha256 = d.sha256) <> {ChildBatchWriter.ActsPerDocument}"));
        Assert.Equal(0, ged.Count("FROM batch_items i WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = i.sha256)"));
        Assert.Equal(documentsAfterKill, ged.Count("FROM batch_items WHERE state = 'traite'"));
        Assert.True(documentsAfterKill >= killedAt, $"{documentsAfterKill} documents en base, {killedAt} annoncés avant l'arrêt.");
        var interrupted = Assert.Single(await ged.Catalog.ListBatchesAsync(TestContext.Current.CancellationToken));
        Assert.Equal(BatchStatus.EnCours, interrupted.Status);

        // The same run again, in this process, to the end.
        var output = new StringWriter();
        var exit = await ChildBatchWriter.RunAsync([ged.DataDirectory, Documents.ToString(), "0"], output, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var resavedLines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("saved ", StringComparison.Ordinal));
        Assert.Equal(Documents - documentsAfterKill, resavedLines);
        var batch = Assert.Single(await ged.Catalog.ListBatchesAsync(TestContext.Current.CancellationToken));
        Assert.Equal(interrupted.Id, batch.Id);
        Assert.Equal(BatchStatus.Termine, batch.Status);
        Assert.Equal(new BatchCounts(Documents, Documents, 0, 0, Documents * ChildBatchWriter.ActsPerDocument), batch.Counts);
        Assert.Equal(Documents, ged.Count("FROM documents"));
        Assert.Equal(Documents * ChildBatchWriter.ActsPerDocument, ged.Count("FROM acts"));
        Assert.Equal(Documents, ged.Count("FROM document_sources"));
        for (var i = 0; i < Documents; i++)
        {
            Assert.True(ged.Originals.Exists(GedSamples.Sha(ChildBatchWriter.Content(i))), $"Original n° {i} absent.");
        }

        var objectFiles = Directory.EnumerateFiles(ged.Options.ObjectsDirectory, "*", SearchOption.AllDirectories).ToArray();
        Assert.Equal(Documents, objectFiles.Length);
        Assert.DoesNotContain(objectFiles, f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    /// <summary>Starts the writer, kills it once it announced <see cref="KillAfter"/> documents; returns how many it announced.</summary>
    private static async Task<int> RunChildAndKillAsync(string dataDirectory)
    {
        using var child = ChildProcess.Start(ChildBatchWriter.Argument, dataDirectory, Documents.ToString(), "5");
        // A guard against a hung child only, not a speed check: a loaded CI machine may be slow to start it.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromMinutes(5));
        var errors = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var announced = 0;
        try
        {
            while (announced < KillAfter)
            {
                var line = await child.StandardOutput.ReadLineAsync(guard.Token)
                    ?? throw new InvalidOperationException($"Le processus enfant s'est arrêté seul : {await errors}");
                Assert.NotEqual("done", line);
                if (line.StartsWith("saved ", StringComparison.Ordinal))
                {
                    announced++;
                }
            }
        }
        catch (OperationCanceledException) when (guard.IsCancellationRequested)
        {
            child.Kill(entireProcessTree: true);
            Assert.Fail($"Le processus enfant ne progresse plus ({announced} document(s) annoncé(s)).");
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.NotEqual(0, child.ExitCode);
        return announced;
    }
}
