namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>
/// Exact match of one field over the acts where the label or the report gives a value (both null is not counted):
/// <see cref="Missing"/> the report gives none, <see cref="Spurious"/> the label has none, <see cref="Wrong"/> both differ.
/// </summary>
public sealed record FieldScore(string Field, int Correct, int Missing, int Spurious, int Wrong)
{
    public int Compared => Correct + Missing + Spurious + Wrong;

    public double? Accuracy => Compared == 0 ? null : (double)Correct / Compared;
}
