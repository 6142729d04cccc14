namespace Vigie.Privacy.Storage;

/// <summary>Where the privacy layer keeps its files: <see cref="PrivacyOptions.Directory"/>, created owner-only.</summary>
internal static class PrivacyDirectory
{
    public static string Resolve(PrivacyOptions options) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(options.Directory) ? Path.Combine(".vigie", "privacy") : options.Directory);

    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
