namespace Vigie.Bench.Ocr;

/// <summary>One timed pass over the page images.</summary>
internal sealed record OcrRun(string Label, int Workers, int Pages, TimeSpan Elapsed, double MeanConfidence, double MeanRecall, long? PeakBytes, string? Error = null)
{
    public double PagesPerSecond => Pages / Elapsed.TotalSeconds;

    public double PagesPerSecondPerCore => PagesPerSecond / Workers;
}
