namespace Vigie.Storage.Catalog;

/// <summary>One entry of the audit trail of decisions.</summary>
public sealed record DecisionRecord(long Id, long ActId, string DecidedBy, DateTimeOffset DecidedAt, DecisionKind Kind, string? Reason);
