using Microsoft.Extensions.Options;
using Vigie.Documents.Model;

namespace Vigie.Documents.Inputs;

/// <summary>
/// Turns the inputs of a batch (files, folders walked recursively, ZIP archives) into items to read, one
/// at a time: a batch of 40,000 files never sits in memory. Every file found gives one item, read or refused
/// with a French reason; nothing is dropped silently.
/// </summary>
public sealed class InputCollector
{
    private readonly DocumentsOptions _options;
    private readonly ZipArchiveWalker _zip;

    public InputCollector(IOptions<DocumentsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _zip = new ZipArchiveWalker(_options);
    }

    /// <summary>
    /// The items of the inputs in order: each input in turn; in a folder, its files then its subfolders, in
    /// ordinal order of names; in an archive, its entries in ordinal order. <see cref="InputItem.Source"/> keeps
    /// the input as the user wrote it ("lot/a/b.pdf", "lot/x.zip!c/d.pdf").
    /// </summary>
    public IEnumerable<InputItem> Collect(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var item in CollectOne(input, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private IEnumerable<InputItem> CollectOne(string input, CancellationToken cancellationToken)
    {
        if (Directory.Exists(input))
        {
            var prefix = input.Replace('\\', '/').TrimEnd('/');
            foreach (var item in CollectDirectory(input, prefix.Length == 0 ? "/" : prefix, cancellationToken))
            {
                yield return item;
            }
        }
        else if (File.Exists(input))
        {
            foreach (var item in CollectFile(input, input.Replace('\\', '/'), cancellationToken))
            {
                yield return item;
            }
        }
        else
        {
            yield return InputItem.Refused(input, new DocumentError(
                DocumentErrorCodes.FichierIntrouvable,
                $"Fichier ou dossier introuvable : « {input} ». Vérifiez le chemin."));
        }
    }

    private IEnumerable<InputItem> CollectDirectory(string directory, string source, CancellationToken cancellationToken)
    {
        var (files, subdirectories, error) = List(directory);
        if (error is not null)
        {
            yield return InputItem.Refused(source, error);
            yield break;
        }

        foreach (var file in files!)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var item in CollectFile(file.FullName, Join(source, file.Name), cancellationToken))
            {
                yield return item;
            }
        }

        foreach (var subdirectory in subdirectories!)
        {
            foreach (var item in CollectDirectory(subdirectory.FullName, Join(source, subdirectory.Name), cancellationToken))
            {
                yield return item;
            }
        }
    }

    private static string Join(string source, string name) => source.EndsWith('/') ? source + name : $"{source}/{name}";

    private static (FileInfo[]? Files, DirectoryInfo[]? Subdirectories, DocumentError? Error) List(string directory)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            var files = info.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();

            // Links to folders are not followed: a link to a parent would make the walk endless.
            var subdirectories = info.GetDirectories()
                .Where(d => (d.Attributes & FileAttributes.ReparsePoint) == 0)
                .OrderBy(d => d.Name, StringComparer.Ordinal)
                .ToArray();
            return (files, subdirectories, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, null, Inaccessible("dossier"));
        }
    }

    private IEnumerable<InputItem> CollectFile(string path, string source, CancellationToken cancellationToken)
    {
        var refusal = CheckSize(path);
        if (refusal is not null)
        {
            yield return InputItem.Refused(source, refusal);
            yield break;
        }

        if (ZipArchiveWalker.IsArchiveName(path))
        {
            var (stream, error) = OpenRead(path);
            if (stream is null)
            {
                yield return InputItem.Refused(source, error!);
                yield break;
            }

            foreach (var item in _zip.Walk(stream, source, new ZipBudget(), depth: 0, cancellationToken))
            {
                yield return item;
            }

            yield break;
        }

        var (bytes, readError) = ReadAll(path);
        yield return bytes is null ? InputItem.Refused(source, readError!) : InputItem.Ok(new DocumentInput(source, bytes));
    }

    /// <summary>Size limits, checked on the file system before any byte is loaded.</summary>
    private DocumentError? CheckSize(string path)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Inaccessible("fichier");
        }

        if (length == 0)
        {
            return new DocumentError(DocumentErrorCodes.FichierVide, "Le fichier est vide (0 octet).");
        }

        return length > _options.MaxFileBytes
            ? new DocumentError(
                DocumentErrorCodes.TropVolumineux,
                $"Le fichier fait {ByteSize.ToFrench(length)}, au-delà de la limite de {ByteSize.ToFrench(_options.MaxFileBytes)} (réglage Documents:MaxFileBytes).")
            : null;
    }

    private (byte[]? Bytes, DocumentError? Error) ReadAll(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);

            // The file may have changed since it was measured.
            if (bytes.Length == 0)
            {
                return (null, new DocumentError(DocumentErrorCodes.FichierVide, "Le fichier est vide (0 octet)."));
            }

            return bytes.Length > _options.MaxFileBytes
                ? (null, new DocumentError(DocumentErrorCodes.TropVolumineux, $"Le fichier dépasse la limite de {ByteSize.ToFrench(_options.MaxFileBytes)}."))
                : (bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Inaccessible("fichier"));
        }
    }

    private static (Stream? Stream, DocumentError? Error) OpenRead(string path)
    {
        try
        {
            return (new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.RandomAccess), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Inaccessible("fichier"));
        }
    }

    private static DocumentError Inaccessible(string what) => new(
        DocumentErrorCodes.FichierInaccessible,
        $"Le {what} existe mais ne peut pas être ouvert (droits d'accès insuffisants ou {what} verrouillé).");
}
