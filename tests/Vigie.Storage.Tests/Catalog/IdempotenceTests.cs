using Vigie.Storage.Catalog;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Catalog;

/// <summary>Re-ingesting the same file is a no-op: one document row, one set of acts, whatever the batch or the name.</summary>
public sealed class IdempotenceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveDocumentResult_SameDocumentInTwoBatches_KeepsOneDocumentAndNoDuplicateActs()
    {
        using var ged = new TempGed();
        var content = GedSamples.Bytes("%PDF arrêté n° 12");
        var first = (await ged.Catalog.StartOrResumeBatchAsync(["/depot/lot-1"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(first.Id, "lot-1/arrete-12.pdf", content, GedSamples.Act(0), GedSamples.Act(1)), Token);
        await ged.Catalog.FinishBatchAsync(first.Id, Token);

        var second = (await ged.Catalog.StartOrResumeBatchAsync(["/depot/lot-2"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(
            GedSamples.Result(second.Id, "lot-2/copie de arrete-12.pdf", content, GedSamples.Act(0, agentNom: "AUTRE"), GedSamples.Act(1), GedSamples.Act(2)), Token);
        var finished = await ged.Catalog.FinishBatchAsync(second.Id, Token);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(1, ged.Count("FROM documents"));
        Assert.Equal(2, ged.Count("FROM acts"));
        Assert.Equal(0, ged.Count("FROM acts WHERE agent_nom = 'AUTRE'"));
        var document = await ged.Catalog.GetDocumentAsync(GedSamples.Sha(content), Token);
        Assert.NotNull(document);
        Assert.Equal("lot-1/arrete-12.pdf", document.Source);
        Assert.Equal(["lot-1/arrete-12.pdf", "lot-2/copie de arrete-12.pdf"], document.Sources);
        Assert.Equal(second.Id, document.LastBatchId);
        Assert.Equal(new BatchCounts(1, 1, 0, 0, 2), finished.Counts);
    }

    [Fact]
    public async Task TryReuseDocument_KnownProcessedDocument_LinksItToTheBatchAndReturnsItsActs()
    {
        using var ged = new TempGed();
        var content = GedSamples.Bytes("%PDF arrêté n° 13");
        var sha = GedSamples.Sha(content);
        var first = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(first.Id, "a/arrete-13.pdf", content, GedSamples.Act(0)), Token);
        var second = (await ged.Catalog.StartOrResumeBatchAsync(["b"], Token)).Batch;

        var reused = await ged.Catalog.TryReuseDocumentAsync(second.Id, "b/arrete-13.pdf", sha, Token);

        Assert.NotNull(reused);
        Assert.Single(reused.Acts);
        Assert.True(await ged.Catalog.IsDoneAsync(second.Id, "b/arrete-13.pdf", sha, Token));
        Assert.Equal(1, ged.Count("FROM acts"));
        var acts = await ged.Catalog.ListActsAsync(new ActQuery { BatchId = second.Id }, Token);
        Assert.Equal(1, acts.TotalCount);
    }

    [Fact]
    public async Task TryReuseDocument_UnknownOrErroredDocument_ReturnsNullSoItIsProcessed()
    {
        using var ged = new TempGed();
        var errored = GedSamples.Bytes("%PDF chiffré");
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.ErrorResult(batch.Id, "a/chiffre.pdf", errored), Token);

        Assert.Null(await ged.Catalog.TryReuseDocumentAsync(batch.Id, "a/x.pdf", new string('0', 64), Token));
        Assert.Null(await ged.Catalog.TryReuseDocumentAsync(batch.Id, "a/chiffre-bis.pdf", GedSamples.Sha(errored), Token));
        Assert.False(await ged.Catalog.IsDoneAsync(batch.Id, "a/chiffre-bis.pdf", GedSamples.Sha(errored), Token));
    }

    [Fact]
    public async Task SaveDocumentResult_ErrorThenProcessed_ReplacesTheErrorWithTheActs()
    {
        using var ged = new TempGed();
        var content = GedSamples.Bytes("%PDF scanné");
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.ErrorResult(batch.Id, "a/scan.pdf", content, "ILLISIBLE"), Token);

        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/scan.pdf", content, GedSamples.Act(0)), Token);

        var document = await ged.Catalog.GetDocumentAsync(GedSamples.Sha(content), Token);
        Assert.NotNull(document);
        Assert.Equal(DocumentStatus.Processed, document.Status);
        Assert.Null(document.Error);
        Assert.Single(document.Acts);
        var item = Assert.Single(await ged.Catalog.GetBatchItemsAsync(batch.Id, Token));
        Assert.Equal(BatchItemState.Traite, item.State);
        Assert.Null(item.Error);
    }

    [Fact]
    public async Task SaveDocumentResult_ProcessedThenError_KeepsTheProcessedResult()
    {
        using var ged = new TempGed();
        var content = GedSamples.Bytes("%PDF lu une fois");
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/acte.pdf", content, GedSamples.Act(0)), Token);

        await ged.Catalog.SaveDocumentResultAsync(GedSamples.ErrorResult(batch.Id, "a/acte.pdf", content, "ILLISIBLE"), Token);

        var document = await ged.Catalog.GetDocumentAsync(GedSamples.Sha(content), Token);
        Assert.Equal(DocumentStatus.Processed, document!.Status);
        Assert.Single(document.Acts);
        Assert.Equal(BatchItemState.Traite, Assert.Single(await ged.Catalog.GetBatchItemsAsync(batch.Id, Token)).State);
    }

    [Fact]
    public async Task StartOrResumeBatch_SameInputsInAnyOrder_ResumesTheUnfinishedBatch()
    {
        using var ged = new TempGed();
        var started = await ged.Catalog.StartOrResumeBatchAsync(["/a", "/b"], Token);

        var resumed = await ged.Catalog.StartOrResumeBatchAsync(["/b", "/a"], Token);
        var other = await ged.Catalog.StartOrResumeBatchAsync(["/a"], Token);

        Assert.False(started.Resumed);
        Assert.True(resumed.Resumed);
        Assert.Equal(started.Batch.Id, resumed.Batch.Id);
        Assert.Equal(["/a", "/b"], resumed.Batch.Inputs);
        Assert.False(other.Resumed);
        Assert.NotEqual(started.Batch.Id, other.Batch.Id);
    }

    [Fact]
    public async Task StartOrResumeBatch_AfterFinishOrInterruption_StartsNewOrResumes()
    {
        using var ged = new TempGed();
        var first = (await ged.Catalog.StartOrResumeBatchAsync(["/a"], Token)).Batch;
        await ged.Catalog.FinishBatchAsync(first.Id, Token);
        var second = await ged.Catalog.StartOrResumeBatchAsync(["/a"], Token);
        await ged.Catalog.InterruptBatchAsync(second.Batch.Id, Token);
        Assert.Equal(BatchStatus.Interrompu, (await ged.Catalog.GetBatchAsync(second.Batch.Id, Token))!.Status);

        var third = await ged.Catalog.StartOrResumeBatchAsync(["/a"], Token);

        Assert.False(second.Resumed);
        Assert.NotEqual(first.Id, second.Batch.Id);
        Assert.True(third.Resumed);
        Assert.Equal(second.Batch.Id, third.Batch.Id);
        Assert.Equal(BatchStatus.EnCours, third.Batch.Status);
    }

    [Fact]
    public async Task IsDone_RegisteredButNotProcessedOrOtherBytes_IsFalse()
    {
        using var ged = new TempGed();
        var content = GedSamples.Bytes("%PDF");
        var sha = GedSamples.Sha(content);
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.RegisterItemsAsync(batch.Id, [new BatchItemEntry("a/1.pdf", sha), new BatchItemEntry("a/2.pdf", null)], Token);

        Assert.False(await ged.Catalog.IsDoneAsync(batch.Id, "a/1.pdf", sha, Token));
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/1.pdf", content, GedSamples.Act(0)), Token);
        Assert.True(await ged.Catalog.IsDoneAsync(batch.Id, "a/1.pdf", sha, Token));
        Assert.False(await ged.Catalog.IsDoneAsync(batch.Id, "a/1.pdf", new string('f', 64), Token));
        var counts = (await ged.Catalog.GetBatchAsync(batch.Id, Token))!.Counts;
        Assert.Equal(new BatchCounts(2, 1, 0, 1, 1), counts);
    }

    [Fact]
    public async Task SaveItemError_InputRefusedBeforeReading_IsRecordedWithItsError()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;

        await ged.Catalog.SaveItemErrorAsync(batch.Id, "a/enorme.pdf", null, new StoredError("TROP_VOLUMINEUX", "Le fichier dépasse 100 Mio."), Token);

        var item = Assert.Single(await ged.Catalog.GetBatchItemsAsync(batch.Id, Token));
        Assert.Equal(BatchItemState.Erreur, item.State);
        Assert.Equal("TROP_VOLUMINEUX", item.Error?.Code);
        Assert.Equal(0, ged.Count("FROM documents"));
        Assert.Equal(new BatchCounts(1, 0, 1, 0, 0), (await ged.Catalog.FinishBatchAsync(batch.Id, Token)).Counts);
    }

    [Fact]
    public async Task SaveDocumentResult_IntoFinishedBatch_IsRefused()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.FinishBatchAsync(batch.Id, Token);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/x.pdf", GedSamples.Bytes("x"), GedSamples.Act(0)), Token));

        Assert.Contains("est terminé", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, ged.Count("FROM documents"));
    }
}
