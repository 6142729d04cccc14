namespace Vigie.Acts.Referentiels.Durees;

/// <summary>Maximum période d'essai by contract length, in force since <see cref="ValidFrom"/>.</summary>
public sealed record PeriodeEssaiRegles(DateOnly ValidFrom, string Source, IReadOnlyList<EssaiMaximum> Maxima)
{
    /// <summary>The applicable maximum for a contract of the given length in months (null: CDI or unknown → the last tier).</summary>
    public EssaiMaximum MaximumFor(double? contractMonths) =>
        Maxima.FirstOrDefault(m => m.DeMoinsDeMois is { } limit && contractMonths is { } months && months < limit)
        ?? Maxima.First(m => m.DeMoinsDeMois is null);
}
