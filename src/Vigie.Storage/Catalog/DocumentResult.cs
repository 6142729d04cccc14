namespace Vigie.Storage.Catalog;

/// <summary>Everything the pipeline saves for one input of a batch, in one transaction.</summary>
/// <param name="BatchId">The batch being run.</param>
/// <param name="Source">The path as given (contract <c>source</c>).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the original.</param>
/// <param name="Document">What was learnt about the document.</param>
/// <param name="Acts">Its acts, in document order (none for a document in error).</param>
public sealed record DocumentResult(long BatchId, string Source, string Sha256, DocumentRow Document, IReadOnlyList<ActRow> Acts);
