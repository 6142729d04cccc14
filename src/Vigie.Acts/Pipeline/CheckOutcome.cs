using Vigie.Acts.Reporting;

namespace Vigie.Acts.Pipeline;

/// <summary>What a finished run produced.</summary>
public sealed record CheckOutcome(long BatchId, bool Resumed, BatchSummary Summary, string JsonPath, string HtmlPath, string CsvPath)
{
    /// <summary>Documents whose result came from the catalogue (already checked, or done before an interruption).</summary>
    public int Reused { get; init; }

    public TimeSpan Elapsed { get; init; }
}
