namespace Vigie.Privacy.Evaluation;

/// <summary>Entity-level counts and scores of one type (or of all types when <see cref="Type"/> is null).</summary>
public sealed record TypeScore(PiiType? Type, int Gold, int Predicted, int TruePositivesGold, int TruePositivesPredicted)
{
    /// <summary>Share of predicted entities that match a gold entity (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)TruePositivesPredicted / Predicted;

    /// <summary>Share of gold entities that were found (1 when there was none).</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositivesGold / Gold;

    /// <summary>F-beta with beta = 2: recall weighs four times as much as precision (a missed name leaks).</summary>
    public double F2 => Precision + Recall == 0 ? 0 : 5 * Precision * Recall / (4 * Precision + Recall);
}
