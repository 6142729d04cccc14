namespace Vigie.Storage.Catalog;

/// <summary>One input of a batch and where it stands.</summary>
/// <param name="BatchId">Its batch.</param>
/// <param name="Source">The path as given (contract <c>source</c>).</param>
/// <param name="Sha256">The document it was identified as, or null when it could not even be read.</param>
/// <param name="State">Its state.</param>
/// <param name="Error">Why it failed, for <see cref="BatchItemState.Erreur"/>.</param>
/// <param name="UpdatedAt">Last change.</param>
public sealed record BatchItem(long BatchId, string Source, string? Sha256, BatchItemState State, StoredError? Error, DateTimeOffset UpdatedAt);
