namespace Vigie.Bench.Privacy;

/// <summary>The repository root and the shared data folder, as the privacy benchmarks find them.</summary>
internal static class BenchPaths
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    public static string? Shared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("VIGIE_SHARED");
        var candidate = string.IsNullOrEmpty(fromEnvironment)
            ? Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"))
            : fromEnvironment;
        return Directory.Exists(candidate) ? candidate : null;
    }
}
