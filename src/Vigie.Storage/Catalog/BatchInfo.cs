namespace Vigie.Storage.Catalog;

/// <summary>One batch ("lot"): a run of the pipeline over a set of inputs.</summary>
/// <param name="Id">Batch number, shown to people as "lot n° Id".</param>
/// <param name="StartedAt">When it was first started.</param>
/// <param name="FinishedAt">When it finished, or null.</param>
/// <param name="Status">Its state.</param>
/// <param name="Inputs">The inputs as given (paths, folders, archives).</param>
/// <param name="Counts">Its items and acts (live for a batch still open, frozen when it finished).</param>
public sealed record BatchInfo(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    BatchStatus Status,
    IReadOnlyList<string> Inputs,
    BatchCounts Counts);
