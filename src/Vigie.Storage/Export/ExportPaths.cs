using System.Text;

namespace Vigie.Storage.Export;

/// <summary>
/// Names of exported files: <c>&lt;collectivité&gt;/&lt;type&gt;/&lt;sha-prefix&gt;_&lt;original name&gt;</c>, made safe
/// for every file system (no separators, no "..", no control characters).
/// </summary>
public static class ExportPaths
{
    public const string UnknownCollectivite = "collectivite-inconnue";
    public const string UnknownType = "type-inconnu";
    private const int ShaPrefixLength = 12;
    private const int MaxSegmentLength = 120;

    /// <summary>The relative path of an act's original, with '/' separators.</summary>
    public static string ForAct(string? collectivite, string? type, string sha256, string source) =>
        $"{Segment(collectivite, UnknownCollectivite)}/{Segment(type, UnknownType)}/{sha256[..Math.Min(ShaPrefixLength, sha256.Length)]}_{Segment(FileName(source), "document")}";

    /// <summary>The last segment of a source, after any '!' (inside an archive) or path separator.</summary>
    public static string FileName(string source)
    {
        var inner = source[(source.LastIndexOf('!') + 1)..].Replace('\\', '/');
        var slash = inner.LastIndexOf('/');
        return slash < 0 ? inner : inner[(slash + 1)..];
    }

    /// <summary>One safe path segment, or <paramref name="fallback"/> when nothing usable is left.</summary>
    public static string Segment(string? value, string fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var invalid = Path.GetInvalidFileNameChars();
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim())
        {
            builder.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || invalid.Contains(c) ? '_' : c);
        }

        var segment = builder.ToString().Trim().TrimEnd('.').TrimStart('.');
        if (segment.Length > MaxSegmentLength)
        {
            // Keep a short extension so the copy still opens with the right program.
            var extension = Path.GetExtension(segment);
            extension = extension.Length is > 0 and <= 10 ? extension : string.Empty;
            segment = segment[..(MaxSegmentLength - extension.Length)] + extension;
        }

        return segment.Length == 0 ? fallback : segment;
    }
}
