namespace Vigie.Storage.Catalog;

/// <summary>What a batch holds: inputs by state, and the acts of its processed documents.</summary>
public sealed record BatchCounts(int Items, int Processed, int Errors, int Pending, int Acts);
