namespace Vigie.Bench.Ocr;

/// <summary>One timed pass over the page images.</summary>
internal sealed record OcrRun(string Label, int Workers, int Pages, TimeSpan Elapsed, TimeSpan? Cpu, double MeanConfidence, double MeanRecall, long? PeakBytes)
{
    public double PagesPerSecond => Pages / Elapsed.TotalSeconds;

    /// <summary>Pages per second of CPU: what one core gives when nothing else runs.</summary>
    public double? PagesPerCpuSecond => Cpu is { } cpu && cpu > TimeSpan.Zero ? Pages / cpu.TotalSeconds : null;

    public double PagesPerSecondPerCore => PagesPerSecond / Workers;
}
