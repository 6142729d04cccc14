namespace Vigie.Storage.Catalog;

/// <summary>A person's decision on an act, to be applied and kept for audit.</summary>
/// <param name="ActId">The act.</param>
/// <param name="DecidedBy">Who decided (login or name of the gestionnaire).</param>
/// <param name="Kind">What was decided.</param>
/// <param name="Reason">Why, in their words.</param>
public sealed record ActDecision(long ActId, string DecidedBy, DecisionKind Kind, string? Reason);
