namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>A count of successes out of a total; <see cref="Value"/> is null when nothing was counted.</summary>
public sealed record Ratio(int Correct, int Total)
{
    public double? Value => Total == 0 ? null : (double)Correct / Total;
}
