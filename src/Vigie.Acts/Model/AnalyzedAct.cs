using Vigie.Documents.Splitting;

namespace Vigie.Acts.Model;

/// <summary>An act after classification and extraction: what the rules check.</summary>
public sealed class AnalyzedAct
{
    public AnalyzedAct(ActSegment segment, ActType type, double typeConfidence, ActFields fields)
    {
        Segment = segment;
        Type = type;
        TypeConfidence = typeConfidence;
        Fields = fields;
    }

    public ActSegment Segment { get; }

    public ActType Type { get; }

    /// <summary>0–1; under the classifier's threshold the act is <see cref="Verdict.AVerifier"/>.</summary>
    public double TypeConfidence { get; }

    public ActFields Fields { get; }

    /// <summary>Where each field was read (key: contract or extension field name in snake_case).</summary>
    public Dictionary<string, Evidence> FieldEvidence { get; } = new(StringComparer.Ordinal);

    /// <summary>Why the act could not be fully analysed (unknown type, unreadable part, missing field a check needs).</summary>
    public List<string> AnalysisNotes { get; } = [];
}
