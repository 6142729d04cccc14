namespace Vigie.Storage.Catalog;

/// <summary>One page of an act listing and how many acts match in all.</summary>
public sealed record ActPage(IReadOnlyList<StoredAct> Items, int TotalCount, int Offset, int Limit);
