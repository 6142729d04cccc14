namespace Vigie.Storage.Catalog;

/// <summary>
/// The GED catalogue: batches, documents (identified by SHA-256), their acts and the decisions taken on them.
/// Provider-neutral; <see cref="Sqlite.SqliteGedCatalog"/> is the embedded default.
/// </summary>
/// <remarks>
/// How a pipeline uses it, so that a repeated or resumed run is a no-op for what was done:
/// <code>
/// var batch = (await catalog.StartOrResumeBatchAsync(inputs)).Batch;
/// foreach (var item in items)
///     if (await catalog.IsDoneAsync(batch.Id, item.Source, item.Sha256)) continue;            // resumed run
///     else if (await catalog.TryReuseDocumentAsync(batch.Id, item.Source, item.Sha256) is { } known) use(known); // same file seen before
///     else await catalog.SaveDocumentResultAsync(new DocumentResult(batch.Id, ...));           // one transaction
/// await catalog.FinishBatchAsync(batch.Id);
/// </code>
/// </remarks>
public interface IGedCatalog
{
    /// <summary>
    /// Takes up the latest unfinished batch over the same inputs (same set, in any order), or starts a new one.
    /// </summary>
    Task<BatchStart> StartOrResumeBatchAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default);

    /// <summary>Registers inputs as "à traiter" (those already known to the batch are left as they are).</summary>
    Task RegisterItemsAsync(long batchId, IReadOnlyList<BatchItemEntry> items, CancellationToken cancellationToken = default);

    /// <summary>True when this batch already handled this source with these exact bytes.</summary>
    Task<bool> IsDoneAsync(long batchId, string source, string sha256, CancellationToken cancellationToken = default);

    /// <summary>The inputs of a batch, in order of entry.</summary>
    Task<IReadOnlyList<BatchItem>> GetBatchItemsAsync(long batchId, CancellationToken cancellationToken = default);

    /// <summary>
    /// When the document was already processed (in any batch), records it as handled by this batch under this
    /// name, and returns it with its acts: nothing is analysed or stored twice. Null when it must be processed
    /// (unknown, or known only as an error).
    /// </summary>
    Task<StoredDocument?> TryReuseDocumentAsync(long batchId, string source, string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a document and its acts and marks the input done, all in one transaction. A document already
    /// processed keeps its acts (same SHA-256: no new row); one known only as an error is replaced.
    /// </summary>
    Task SaveDocumentResultAsync(DocumentResult result, CancellationToken cancellationToken = default);

    /// <summary>Saves a group of results in one transaction (bulk runs), with the semantics of <see cref="SaveDocumentResultAsync"/>.</summary>
    Task SaveDocumentResultsAsync(IReadOnlyList<DocumentResult> results, CancellationToken cancellationToken = default);

    /// <summary>Marks an input that could not even become a document (missing, too large, dangerous archive entry).</summary>
    Task SaveItemErrorAsync(long batchId, string source, string? sha256, StoredError error, CancellationToken cancellationToken = default);

    /// <summary>Closes a batch as finished and freezes its counts.</summary>
    Task<BatchInfo> FinishBatchAsync(long batchId, CancellationToken cancellationToken = default);

    /// <summary>Marks a batch as interrupted (cancelled by the user); it can be resumed.</summary>
    Task InterruptBatchAsync(long batchId, CancellationToken cancellationToken = default);

    /// <summary>The document, its names and its acts, or null.</summary>
    Task<StoredDocument?> GetDocumentAsync(string sha256, CancellationToken cancellationToken = default);

    /// <summary>SHA-256 of the documents starting with <paramref name="prefix"/>, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> FindDocumentsByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken = default);

    Task<StoredAct?> GetActAsync(long actId, CancellationToken cancellationToken = default);

    Task<ActPage> ListActsAsync(ActQuery query, CancellationToken cancellationToken = default);

    /// <summary>Files an act (automatic filing by the pipeline). False when the act does not exist.</summary>
    Task<bool> MarkFiledAsync(long actId, CancellationToken cancellationToken = default);

    /// <summary>Applies a person's decision to the act and keeps it in the audit trail, in one transaction.</summary>
    Task<DecisionRecord> RecordDecisionAsync(ActDecision decision, CancellationToken cancellationToken = default);

    /// <summary>The decisions taken on an act, oldest first.</summary>
    Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(long actId, CancellationToken cancellationToken = default);

    Task<BatchInfo?> GetBatchAsync(long batchId, CancellationToken cancellationToken = default);

    /// <summary>Every batch, latest first.</summary>
    Task<IReadOnlyList<BatchInfo>> ListBatchesAsync(CancellationToken cancellationToken = default);
}
