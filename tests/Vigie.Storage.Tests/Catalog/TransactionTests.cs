using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Catalog;

/// <summary>A failure in the middle of a save leaves nothing of it: all rows of a group or none.</summary>
public sealed class TransactionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveDocumentResults_FailureOnLastAct_LeavesNoRowOfTheGroup()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/avant.pdf", GedSamples.Bytes("avant"), GedSamples.Act(0)), Token);
        // A real SQLite failure inside the transaction, on the very last row written for the group.
        using (var connection = ged.OpenRaw())
        using (var trigger = connection.CreateCommand())
        {
            trigger.CommandText = """
                CREATE TRIGGER panne_simulee BEFORE INSERT ON acts WHEN NEW.agent_nom = 'PANNE'
                BEGIN SELECT RAISE(ABORT, 'panne simulée'); END;
                """;
            trigger.ExecuteNonQuery();
        }

        var group = new[]
        {
            GedSamples.Result(batch.Id, "a/1.pdf", GedSamples.Bytes("un"), GedSamples.Act(0), GedSamples.Act(1)),
            GedSamples.Result(batch.Id, "a/2.pdf", GedSamples.Bytes("deux"), GedSamples.Act(0), GedSamples.Act(1, agentNom: "PANNE")),
        };

        await Assert.ThrowsAsync<SqliteException>(() => ged.Catalog.SaveDocumentResultsAsync(group, Token));

        Assert.Equal(1, ged.Count("FROM documents"));
        Assert.Equal(1, ged.Count("FROM acts"));
        Assert.Equal(1, ged.Count("FROM batch_items"));
        Assert.Equal(1, ged.Count("FROM document_sources"));
        // The catalogue is still usable afterwards.
        await ged.Catalog.SaveDocumentResultAsync(group[0], Token);
        Assert.Equal(3, ged.Count("FROM acts"));
    }

    [Fact]
    public async Task SaveDocumentResult_InvalidAnomaliesJson_IsRefusedBeforeWriting()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        var bad = GedSamples.Act(0) with { AnomaliesJson = "{\"code\": \"X\"}" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/1.pdf", GedSamples.Bytes("un"), GedSamples.Act(1), bad), Token));

        Assert.Contains("anomalies", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, ged.Count("FROM documents"));
    }

    [Fact]
    public async Task SaveDocumentResult_DuplicateActIndex_IsRefused()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;

        await Assert.ThrowsAsync<ArgumentException>(() =>
            ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/1.pdf", GedSamples.Bytes("un"), GedSamples.Act(0), GedSamples.Act(0)), Token));

        Assert.Equal(0, ged.Count("FROM acts"));
    }

    [Fact]
    public async Task Catalog_TwoInstancesOnOneFile_WriteConcurrentlyWithoutLoss()
    {
        using var ged = new TempGed();
        using var other = new Vigie.Storage.Sqlite.SqliteGedCatalog(ged.Options.CatalogPath);
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;

        var writers = new[] { ged.Catalog, other }.Select((catalog, w) => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var content = GedSamples.Bytes($"écrivain {w} document {i}");
                await catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, $"a/{w}-{i}.pdf", content, GedSamples.Act(0)), Token);
            }
        }, Token));
        await Task.WhenAll(writers);

        Assert.Equal(80, ged.Count("FROM documents"));
        Assert.Equal(80, (await ged.Catalog.GetBatchAsync(batch.Id, Token))!.Counts.Processed);
    }
}
