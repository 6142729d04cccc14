using System.Buffers.Binary;

namespace Vigie.Documents.Ocr;

/// <summary>
/// Counts the pages (image file directories) of a TIFF without decoding them, so that the page limit is checked
/// before any OCR and a damaged structure is reported as such.
/// </summary>
internal static class TiffDirectoryCounter
{
    private const int MaxDirectories = 1_000_000;

    /// <summary>The number of pages, or null when the TIFF structure is damaged (bad offsets, loop, no page).</summary>
    public static int? Count(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return null;
        }

        var littleEndian = tiff[0] == (byte)'I';
        var magic = ReadUInt16(tiff, 2, littleEndian);
        return magic switch
        {
            42 => CountDirectories(tiff, littleEndian, ReadUInt32(tiff, 4, littleEndian), bigTiff: false),
            43 when tiff.Length >= 16 && ReadUInt16(tiff, 4, littleEndian) == 8 =>
                CountDirectories(tiff, littleEndian, ReadUInt64(tiff, 8, littleEndian), bigTiff: true),
            _ => null,
        };
    }

    private static int? CountDirectories(ReadOnlySpan<byte> tiff, bool littleEndian, ulong offset, bool bigTiff)
    {
        var countSize = bigTiff ? 8 : 2;
        var entrySize = bigTiff ? 20 : 12;
        var nextSize = bigTiff ? 8 : 4;
        var seen = new HashSet<ulong>();
        var count = 0;
        while (offset != 0)
        {
            if (offset > (ulong)(tiff.Length - countSize) || !seen.Add(offset) || count >= MaxDirectories)
            {
                return null;
            }

            var at = (int)offset;
            var entries = bigTiff ? ReadUInt64(tiff, at, littleEndian) : ReadUInt16(tiff, at, littleEndian);
            var nextAt = (ulong)at + (ulong)countSize + (entries * (ulong)entrySize);
            if (entries == 0 || nextAt > (ulong)(tiff.Length - nextSize))
            {
                return null;
            }

            count++;
            offset = bigTiff ? ReadUInt64(tiff, (int)nextAt, littleEndian) : ReadUInt32(tiff, (int)nextAt, littleEndian);
        }

        return count == 0 ? null : count;
    }

    private static ushort ReadUInt16(ReadOnlySpan<byte> data, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt16LittleEndian(data[at..])
        : BinaryPrimitives.ReadUInt16BigEndian(data[at..]);

    private static uint ReadUInt32(ReadOnlySpan<byte> data, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt32LittleEndian(data[at..])
        : BinaryPrimitives.ReadUInt32BigEndian(data[at..]);

    private static ulong ReadUInt64(ReadOnlySpan<byte> data, int at, bool littleEndian) => littleEndian
        ? BinaryPrimitives.ReadUInt64LittleEndian(data[at..])
        : BinaryPrimitives.ReadUInt64BigEndian(data[at..]);
}
