namespace Vigie.Bench.Privacy;

/// <summary>Reads "--name value" options of the privacy benchmarks.</summary>
internal static class BenchArguments
{
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
