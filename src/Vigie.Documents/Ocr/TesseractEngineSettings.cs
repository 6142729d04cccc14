namespace Vigie.Documents.Ocr;

/// <summary>Tuning of <see cref="TesseractOcrEngine"/> beyond <see cref="DocumentsOptions"/> (benchmarks, tests).</summary>
public sealed record TesseractEngineSettings
{
    /// <summary>Page segmentation mode (default <see cref="TesseractPageSegmentation.Auto"/>).</summary>
    public TesseractPageSegmentation PageSegmentation { get; init; } = TesseractPageSegmentation.Auto;

    /// <summary>
    /// Also try each line as white-on-black text (Tesseract's <c>tessedit_do_invert</c>). Off by default: acts are
    /// dark text on light paper, and the extra pass costs time on every line.
    /// </summary>
    public bool DetectInvertedText { get; init; }

    /// <summary>Most pages recognised at once, one Tesseract engine each (default: the number of cores).</summary>
    public int MaxConcurrentEngines { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Largest image recognised, in pixels (default 100 million: an A3 page at 600 dpi is 70 million). A small file can
    /// declare a huge image; decoding it would take gigabytes per engine.
    /// </summary>
    public long MaxImagePixels { get; init; } = 100_000_000;

    /// <summary>Longest recognition of one page before it is given up (default 2 minutes).</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
