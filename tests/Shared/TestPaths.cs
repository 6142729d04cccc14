namespace Vigie.Tests.Shared;

/// <summary>Paths the tests use: the repository root and the shared public data beside it.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding <c>Vigie.slnx</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// The shared material (<c>../shared</c> from the repository root, or <c>VIGIE_SHARED</c>), or null when absent.
    /// </summary>
    public static string? Shared
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("VIGIE_SHARED");
            var candidate = string.IsNullOrEmpty(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"))
                : fromEnvironment;
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>A file of the shared data (e.g. "data/legi/crpa.html"); skips the test cleanly when absent.</summary>
    public static string RequireSharedFile(string relativePath)
    {
        var shared = Shared;
        var path = shared is null ? null : Path.Combine(shared, relativePath);
        if (path is null || !(File.Exists(path) || Directory.Exists(path)))
        {
            Assert.Skip($"Données partagées absentes : {relativePath}");
        }

        return path!;
    }

    /// <summary>A new empty folder under the system temp folder, for one test.</summary>
    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "vigie-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigie.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Racine du dépôt introuvable (Vigie.slnx).");
    }
}
