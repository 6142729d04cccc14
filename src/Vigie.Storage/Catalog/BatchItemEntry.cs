namespace Vigie.Storage.Catalog;

/// <summary>An input found while walking a batch's inputs, registered before it is processed.</summary>
/// <param name="Source">The path as given (contract <c>source</c>).</param>
/// <param name="Sha256">Its SHA-256 when known.</param>
public sealed record BatchItemEntry(string Source, string? Sha256);
