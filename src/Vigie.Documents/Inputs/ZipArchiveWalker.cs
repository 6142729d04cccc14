using System.Globalization;
using System.IO.Compression;
using Vigie.Documents.Model;

namespace Vigie.Documents.Inputs;

/// <summary>
/// Walks the entries of a ZIP archive (and of the ZIP archives inside it), yielding one item per file.
/// Dangerous entries (path traversal, ZIP bomb, lying headers) are refused one by one while the rest of
/// the archive is still read; the sizes declared in headers are checked, then the bytes really expanded.
/// </summary>
internal sealed class ZipArchiveWalker(DocumentsOptions options)
{
    // Entries smaller than this are never called bombs, whatever their ratio (a page of blank lines compresses well).
    private const long RatioCheckFloor = 1024 * 1024;

    public IEnumerable<InputItem> Walk(Stream stream, string archiveSource, ZipBudget budget, int depth, CancellationToken cancellationToken)
    {
        var (archive, entries) = TryOpen(stream);
        if (archive is null || entries is null)
        {
            yield return InputItem.Refused(archiveSource, new DocumentError(
                DocumentErrorCodes.FichierCorrompu,
                "L'archive ZIP est endommagée ou n'est pas une archive ZIP : son contenu ne peut pas être lu."));
            yield break;
        }

        using (archive)
        {
            var files = 0;
            foreach (var entry in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (budget.Exhausted)
                {
                    yield break;
                }

                var name = ZipEntryPath.Normalize(entry.FullName);
                if (name.EndsWith('/') && entry.Length == 0)
                {
                    continue;
                }

                files++;
                var source = $"{archiveSource}!{name}";
                if (++budget.Entries > options.MaxZipEntries)
                {
                    budget.Exhausted = true;
                    yield return InputItem.Refused(source, Dangerous(string.Create(
                        CultureInfo.InvariantCulture,
                        $"l'archive contient plus de {options.MaxZipEntries} fichiers (réglage Documents:MaxZipEntries) ; ce fichier et les suivants ne sont pas lus.")));
                    yield break;
                }

                var refusal = CheckHeader(entry, name, budget);
                if (refusal is not null)
                {
                    yield return InputItem.Refused(source, refusal);
                    continue;
                }

                var (bytes, error) = ReadBounded(entry);
                if (bytes is null)
                {
                    yield return InputItem.Refused(source, error!);
                    continue;
                }

                budget.ExpandedBytes += bytes.Length;
                if (!IsArchiveName(name))
                {
                    yield return InputItem.Ok(new DocumentInput(source, bytes));
                    continue;
                }

                if (depth + 1 > options.MaxZipDepth)
                {
                    yield return InputItem.Refused(source, Dangerous(string.Create(
                        CultureInfo.InvariantCulture,
                        $"archive ZIP imbriquée au-delà de {options.MaxZipDepth} niveaux (réglage Documents:MaxZipDepth) : elle n'est pas ouverte.")));
                    continue;
                }

                foreach (var item in Walk(new MemoryStream(bytes, writable: false), source, budget, depth + 1, cancellationToken))
                {
                    yield return item;
                }
            }

            if (files == 0)
            {
                yield return InputItem.Refused(archiveSource, new DocumentError(DocumentErrorCodes.FichierVide, "L'archive ZIP ne contient aucun fichier."));
            }
        }
    }

    public static bool IsArchiveName(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static (ZipArchive? Archive, ZipArchiveEntry[]? Entries) TryOpen(Stream stream)
    {
        ZipArchive? archive = null;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);

            // Ordinal order of names: the same archive always gives the same batch order.
            var entries = archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal).ToArray();
            return (archive, entries);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            archive?.Dispose();
            stream.Dispose();
            return (null, null);
        }
    }

    /// <summary>Checks made from the central directory alone, before a single byte is expanded.</summary>
    private DocumentError? CheckHeader(ZipArchiveEntry entry, string name, ZipBudget budget)
    {
        if (ZipEntryPath.IsDangerous(name))
        {
            return Dangerous("chemin interdit dans l'archive (« .. », chemin absolu ou lettre de lecteur) : tentative de sortie du dossier d'extraction, le fichier n'est pas lu.");
        }

        if (entry.IsEncrypted)
        {
            return new DocumentError(
                DocumentErrorCodes.ArchiveChiffree,
                "Ce fichier de l'archive ZIP est protégé par un mot de passe : Vigie ne peut pas l'extraire. Fournissez une archive sans mot de passe.");
        }

        if (entry.Length == 0)
        {
            return new DocumentError(DocumentErrorCodes.FichierVide, "Le fichier est vide (0 octet).");
        }

        if (entry.Length > Math.Min(options.MaxFileBytes, Array.MaxLength))
        {
            return new DocumentError(
                DocumentErrorCodes.TropVolumineux,
                $"Le fichier décompressé ferait {ByteSize.ToFrench(entry.Length)}, au-delà de la limite de {ByteSize.ToFrench(options.MaxFileBytes)} (réglage Documents:MaxFileBytes).");
        }

        if (entry.Length > RatioCheckFloor && entry.Length > (double)Math.Max(1, entry.CompressedLength) * options.MaxZipCompressionRatio)
        {
            return Dangerous(string.Create(
                CultureInfo.InvariantCulture,
                $"taux de compression anormal ({entry.Length / Math.Max(1, entry.CompressedLength)} pour 1, limite {options.MaxZipCompressionRatio}) : probable bombe de décompression, le fichier n'est pas lu."));
        }

        if (budget.ExpandedBytes + entry.Length > options.MaxZipExpandedBytes)
        {
            budget.Exhausted = true;
            return Dangerous($"le contenu décompressé de l'archive dépasserait {ByteSize.ToFrench(options.MaxZipExpandedBytes)} (réglage Documents:MaxZipExpandedBytes) ; ce fichier et les suivants ne sont pas lus.");
        }

        return null;
    }

    /// <summary>Expands the entry, counting the bytes: a header that under-states the size is not believed.</summary>
    private static (byte[]? Bytes, DocumentError? Error) ReadBounded(ZipArchiveEntry entry)
    {
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[entry.Length];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            if (total < buffer.Length)
            {
                return (null, Corrupt());
            }

            // One more byte than declared means the header lies: the entry is a bomb in disguise.
            Span<byte> probe = stackalloc byte[1];
            if (stream.Read(probe) > 0)
            {
                return (null, Dangerous("le fichier se décompresse au-delà de la taille annoncée par l'archive : probable bombe de décompression, il n'est pas lu."));
            }

            return (buffer, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, Corrupt());
        }
    }

    private static DocumentError Dangerous(string reason) => new(DocumentErrorCodes.ArchiveDangereuse, "Archive dangereuse : " + reason);

    private static DocumentError Corrupt() => new(
        DocumentErrorCodes.FichierCorrompu,
        "Ce fichier de l'archive ZIP est endommagé (données compressées invalides) : il ne peut pas être extrait.");
}
