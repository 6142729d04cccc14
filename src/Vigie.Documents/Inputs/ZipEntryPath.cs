namespace Vigie.Documents.Inputs;

/// <summary>Checks the path of a ZIP entry: no parent segments, no absolute path, no drive letter.</summary>
internal static class ZipEntryPath
{
    /// <summary>The entry name with '/' separators.</summary>
    public static string Normalize(string fullName) => fullName.Replace('\\', '/');

    /// <summary>True when extracting the entry by its name could write outside the target folder.</summary>
    public static bool IsDangerous(string fullName)
    {
        var name = Normalize(fullName);
        if (name.Length == 0 || name[0] == '/' || name.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        if (name.Length >= 2 && char.IsAsciiLetter(name[0]) && name[1] == ':')
        {
            return true;
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment == "..")
            {
                return true;
            }
        }

        return false;
    }
}
