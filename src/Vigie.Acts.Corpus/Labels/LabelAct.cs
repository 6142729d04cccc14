namespace Vigie.Acts.Corpus.Labels;

/// <summary>The ground truth of one act of a labelled document.</summary>
public sealed class LabelAct
{
    /// <summary>1-based pages of the document the act occupies.</summary>
    public List<int> Pages { get; set; } = [];

    /// <summary>Type code of the contract ("AVANCEMENT_ECHELON").</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>House style ("commune_classique"; hand-written acts: "manuel_…").</summary>
    public string Style { get; set; } = string.Empty;

    /// <summary>"pdf", "docx", "txt", "png".</summary>
    public string Format { get; set; } = string.Empty;

    public LabelFields Fields { get; set; } = new();

    /// <summary>Expected anomaly codes (each at most once).</summary>
    public List<string> Anomalies { get; set; } = [];

    /// <summary>"conforme", "a_corriger" or "a_verifier".</summary>
    public string Verdict { get; set; } = string.Empty;

    /// <summary>Image degradation of a scan ("bruit_rotation"), else null.</summary>
    public string? Degradation { get; set; }

    /// <summary>Free note for people (why the act is labelled so).</summary>
    public string? Note { get; set; }
}
