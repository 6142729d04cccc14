namespace Vigie.Acts.Rules.Scanning;

/// <summary>
/// A period an act states: a start and an inclusive end, or a length in months, with the evidence of where it is
/// written. Comparisons allow one day (acts write "du 1er mars au 1er mars" as often as "au 28 février").
/// </summary>
internal sealed record StatedPeriod(DateOnly? Start, DateOnly? End, int? Months, Model.Evidence? Evidence)
{
    public bool IsKnown => (Start is not null && End is not null) || Months is not null;

    /// <summary>Length in months (fractional), or null.</summary>
    public double? LengthMonths
    {
        get
        {
            if (Start is { } start && End is { } end && end >= start)
            {
                var after = end.AddDays(1);
                var whole = 0;
                while (start.AddMonths(whole + 1) <= after)
                {
                    whole++;
                }

                return whole + ((after.DayNumber - start.AddMonths(whole).DayNumber) / 30.0);
            }

            return Months;
        }
    }

    /// <summary>True when the period lasts more than the given number of months; null when unknown.</summary>
    public bool? Exceeds(int months) => Start is { } start && End is { } end
        ? end > start.AddMonths(months)
        : Months is { } m ? m > months : null;

    /// <summary>True when the period lasts less than the given number of months; null when unknown.</summary>
    public bool? ShorterThan(int months) => Start is { } start && End is { } end
        ? end.AddDays(2) < start.AddMonths(months)
        : Months is { } m ? m < months : null;

    /// <summary>"du 1er mars 2026 au 28 février 2027" or "de 18 mois".</summary>
    public string Describe() => Start is { } start && End is { } end
        ? $"du {FrenchDates.Format(start)} au {FrenchDates.Format(end)}"
        : Months is { } m ? "de " + FrenchText.Months(m) : "inconnue";
}
