using System.Globalization;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>French wording of numbers in messages: "18 mois", "3 ans", "1er échelon", "3 semaines".</summary>
internal static class FrenchText
{
    public static string Months(int months) => months % 12 == 0
        ? Plural(months / 12, "an", "ans")
        : months.ToString(CultureInfo.InvariantCulture) + " mois";

    public static string Months(double months) => Math.Abs(months - Math.Round(months)) < 0.05
        ? Months((int)Math.Round(months))
        : months.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " mois";

    public static string Echelon(int echelon) => (echelon == 1 ? "1er" : echelon.ToString(CultureInfo.InvariantCulture) + "e") + " échelon";

    public static string Days(int days) => days % 30 == 0
        ? (days / 30).ToString(CultureInfo.InvariantCulture) + " mois"
        : days % 7 == 0 ? Plural(days / 7, "semaine", "semaines") : Plural(days, "jour", "jours");

    public static string Percent(int value) => value.ToString(CultureInfo.InvariantCulture) + " %";

    /// <summary>"d'adjoint administratif", "de rédacteur": the grade after "du grade".</summary>
    public static string Of(string label) =>
        label.Length > 0 && "aeiouyhàâéèêîôûAEIOUYHÉ".Contains(label[0], StringComparison.Ordinal) ? "d'" + label : "de " + label;

    private static string Plural(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n > 1 ? many : one);
}
