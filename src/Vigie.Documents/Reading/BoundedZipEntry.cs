using System.IO.Compression;

namespace Vigie.Documents.Reading;

/// <summary>Reads one entry of a document's ZIP container without letting a ZIP bomb expand past a limit.</summary>
internal static class BoundedZipEntry
{
    /// <summary>The entry's bytes, or null when it is missing; throws <see cref="InvalidDataException"/> past the limit.</summary>
    public static byte[]? Read(ZipArchive archive, string name, long maxBytes)
    {
        var entry = archive.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        if (entry.Length > maxBytes)
        {
            throw new InvalidDataException("Entry too large.");
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream((int)Math.Min(entry.Length, maxBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // The declared length is not trusted: the count of bytes really expanded is.
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException("Entry expands past its limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
