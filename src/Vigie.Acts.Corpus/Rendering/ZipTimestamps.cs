using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>Sets every entry of a ZIP-based file (DOCX, ZIP batch) to one fixed date so generation is byte-reproducible.</summary>
public static partial class ZipTimestamps
{
    public static readonly DateTimeOffset Fixed = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Fixed;
                using var from = entry.Open();
                using var to = copy.Open();
                if (entry.FullName == "_rels/.rels")
                {
                    // OpenXml names package relationships with random ids; only this file uses them.
                    using var reader = new StreamReader(from, Encoding.UTF8);
                    var counter = 0;
                    var rels = RandomRelationshipId().Replace(reader.ReadToEnd(), _ => $"Id=\"rIdPkg{++counter}\"");
                    to.Write(Encoding.UTF8.GetBytes(rels));
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>Builds a ZIP of named files, in the given order, with the fixed date.</summary>
    public static byte[] Create(IEnumerable<(string Name, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = Fixed;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"R[0-9a-fA-F]+\"")]
    private static partial Regex RandomRelationshipId();
}
