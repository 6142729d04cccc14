namespace Vigie.Acts.Corpus.Generation;

/// <summary>What <see cref="CorpusGenerator.Generate"/> writes.</summary>
public sealed class CorpusOptions
{
    public const string Txt = "txt";
    public const string Pdf = "pdf";
    public const string Docx = "docx";
    public const string Png = "png";

    /// <summary>Number of acts (non-acts and the corrupt file come on top).</summary>
    public int Count { get; set; } = 500;

    public int Seed { get; set; } = 20260301;

    /// <summary>Formats to write, among txt, pdf, docx, png.</summary>
    public IReadOnlyList<string> Formats { get; set; } = [Txt, Pdf, Docx, Png];

    /// <summary>Share of acts that carry an injected anomaly (0–1).</summary>
    public double AnomalyRate { get; set; } = 0.5;

    /// <summary>House styles to use (all by default), spread evenly.</summary>
    public IReadOnlyList<HouseStyle> Styles { get; set; } = HouseStyleCodes.All;

    /// <summary>Write some PDFs as bundles of three acts.</summary>
    public bool Bundles { get; set; } = true;

    /// <summary>Put some documents into ZIP batches.</summary>
    public bool Zips { get; set; } = true;

    /// <summary>Add letters, invoices, notes and blank pages (about one for 25 acts) and one corrupt file.</summary>
    public bool NonActs { get; set; } = true;

    /// <summary>
    /// Share of PDF documents drawn with PdfPig and an embedded DejaVu Sans subset (the others use the fast writer with
    /// standard Helvetica): two producers, as in real batches. PdfPig is much slower.
    /// </summary>
    public double TrueTypeShare { get; set; } = 0.3;

    /// <summary>Degree of parallelism for rendering (PDF and scans are the slow part).</summary>
    public int Parallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>Checks the options; returns a French message for the first problem, or null.</summary>
    public string? Validate()
    {
        if (Count < 1)
        {
            return "Le nombre d'actes (--count) doit être au moins 1.";
        }

        if (AnomalyRate is < 0 or > 1)
        {
            return "Le taux d'anomalies (--anomaly-rate) doit être compris entre 0 et 1.";
        }

        var unknown = Formats.FirstOrDefault(f => f is not (Txt or Pdf or Docx or Png));
        if (unknown is not null)
        {
            return $"Format inconnu : « {unknown} » (formats possibles : txt, pdf, docx, png).";
        }

        if (Formats.Count == 0)
        {
            return "Indiquez au moins un format (--formats).";
        }

        return Styles.Count == 0 ? "Indiquez au moins un style." : null;
    }
}
