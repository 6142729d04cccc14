using System.IO.Compression;
using System.Text;

namespace Vigie.Documents.Tests.Support;

/// <summary>Writes real ZIP archives for the input tests, including hostile ones (traversal, bomb, encrypted flag).</summary>
internal static class TestZip
{
    public static byte[] Create(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>
    /// Marks every entry as encrypted by setting bit 0 of the general-purpose flag in the local and central
    /// headers: .NET cannot write encrypted entries, but this is exactly what an encrypted entry looks like.
    /// </summary>
    public static byte[] WithEncryptedFlag(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 8 < bytes.Length; i++)
        {
            var local = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            var central = bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            if (local)
            {
                bytes[i + 6] |= 1;
            }
            else if (central)
            {
                bytes[i + 8] |= 1;
            }
        }

        return bytes;
    }
}
