namespace Vigie.Acts.Corpus.Generation;

/// <summary>Draws on an injected <see cref="Random"/> (the generator never owns a global one).</summary>
public static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(items);
        return items[random.Next(items.Count)];
    }

    public static bool Chance(this Random random, double probability)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.NextDouble() < probability;
    }

    /// <summary>A day between <paramref name="from"/> and <paramref name="to"/>, both included.</summary>
    public static DateOnly Between(this Random random, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(random);
        return from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));
    }

    /// <summary>The first day of the month on or after <paramref name="date"/>.</summary>
    public static DateOnly FirstOfMonthOnOrAfter(DateOnly date) =>
        date.Day == 1 ? date : new DateOnly(date.Year, date.Month, 1).AddMonths(1);
}
