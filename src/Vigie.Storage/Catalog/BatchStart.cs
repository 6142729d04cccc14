namespace Vigie.Storage.Catalog;

/// <summary>The batch to write into, and whether it is an unfinished one taken up again.</summary>
public sealed record BatchStart(BatchInfo Batch, bool Resumed);
