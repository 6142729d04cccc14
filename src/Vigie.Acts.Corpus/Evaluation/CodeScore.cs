namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>Detection of one anomaly code: true positives, false positives, false negatives.</summary>
public sealed record CodeScore(string Code, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Acts labelled with the code.</summary>
    public int Expected => TruePositives + FalseNegatives;

    /// <summary>Acts where the report gives the code.</summary>
    public int Reported => TruePositives + FalsePositives;

    /// <summary>TP / (TP + FP), null when the report never gave the code.</summary>
    public double? Precision => Reported == 0 ? null : (double)TruePositives / Reported;

    /// <summary>TP / (TP + FN), null when no act is labelled with the code.</summary>
    public double? Recall => Expected == 0 ? null : (double)TruePositives / Expected;

    public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;
}
