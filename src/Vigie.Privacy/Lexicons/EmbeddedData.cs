using System.IO.Compression;
using System.Text;

namespace Vigie.Privacy.Lexicons;

/// <summary>Reads the lists embedded from <c>Data/</c> (plain or gzip text, one entry a line).</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        var resource = "Vigie.Privacy.Data." + fileName;
        var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Ressource intégrée introuvable : {resource}.");
        Stream input = fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
