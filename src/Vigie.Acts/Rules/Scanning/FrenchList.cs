namespace Vigie.Acts.Rules.Scanning;

/// <summary>"a", "a et b", "a, b et c".</summary>
internal static class FrenchList
{
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " et " + items[^1],
    };
}
