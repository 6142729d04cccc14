using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Vigie.Storage.Originals;

/// <summary>
/// Originals under <c>objects/ab/cd/&lt;sha256&gt;</c>. A write goes to a temporary file of the same folder,
/// is flushed to disk, then renamed: a process killed mid-write never leaves a partial object under a real name.
/// Files and folders are private to the user (they hold personal data).
/// </summary>
public sealed class FileSystemOriginalStore : IOriginalStore
{
    private const string TemporarySuffix = ".tmp";
    private const string IncomingFolder = ".incoming";
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly TimeProvider _timeProvider;
    private readonly ILogger<FileSystemOriginalStore> _logger;

    public FileSystemOriginalStore(string objectsDirectory, TimeProvider? timeProvider = null, ILogger<FileSystemOriginalStore>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(objectsDirectory);
        ObjectsDirectory = Path.GetFullPath(objectsDirectory);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<FileSystemOriginalStore>.Instance;
    }

    public string ObjectsDirectory { get; }

    /// <summary>Where the object of <paramref name="sha256"/> lives (whether it exists or not).</summary>
    public string GetObjectPath(string sha256)
    {
        Sha256Key.Require(sha256, nameof(sha256));
        return Path.Combine(ObjectsDirectory, sha256[..2], sha256[2..4], sha256);
    }

    public bool Exists(string sha256) => File.Exists(GetObjectPath(sha256));

    public Stream Open(string sha256)
    {
        var path = GetObjectPath(sha256);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GedStorageException($"L'original {sha256} est absent de la GED ({ObjectsDirectory}).", ex);
        }
    }

    public async Task<OriginalSaveResult> SaveAsync(ReadOnlyMemory<byte> content, string? expectedSha256 = null, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        RequireExpected(expectedSha256, sha256);
        var finalPath = GetObjectPath(sha256);
        if (File.Exists(finalPath))
        {
            return new OriginalSaveResult(sha256, content.Length, Created: false);
        }

        var folder = EnsureFolder(Path.GetDirectoryName(finalPath)!);
        var temporary = Path.Combine(folder, $".{sha256}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            await using (var stream = CreateTemporary(temporary))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            return new OriginalSaveResult(sha256, content.Length, Publish(temporary, finalPath));
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    public async Task<OriginalSaveResult> SaveAsync(Stream content, string? expectedSha256 = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (expectedSha256 is not null)
        {
            Sha256Key.Require(expectedSha256, nameof(expectedSha256));
            if (File.Exists(GetObjectPath(expectedSha256)))
            {
                // Known bytes: read nothing. The name is the content, so the object already holds these bytes.
                return new OriginalSaveResult(expectedSha256, new FileInfo(GetObjectPath(expectedSha256)).Length, Created: false);
            }
        }

        // The hash is known only at the end: write under .incoming (same file system, so the rename stays atomic).
        var folder = EnsureFolder(Path.Combine(ObjectsDirectory, IncomingFolder));
        var temporary = Path.Combine(folder, $"{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            string sha256;
            long size;
            await using (var stream = CreateTemporary(temporary))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                stream.Flush(flushToDisk: true);
                size = stream.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            RequireExpected(expectedSha256, sha256);
            var finalPath = GetObjectPath(sha256);
            if (File.Exists(finalPath))
            {
                return new OriginalSaveResult(sha256, size, Created: false);
            }

            EnsureFolder(Path.GetDirectoryName(finalPath)!);
            return new OriginalSaveResult(sha256, size, Publish(temporary, finalPath));
        }
        finally
        {
            DeleteQuietly(temporary);
        }
    }

    public int RemoveAbandonedTemporaryFiles(TimeSpan minimumAge)
    {
        if (!Directory.Exists(ObjectsDirectory))
        {
            return 0;
        }

        var threshold = _timeProvider.GetUtcNow().UtcDateTime - minimumAge;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(ObjectsDirectory, "*" + TemporarySuffix, SearchOption.AllDirectories))
        {
            if (File.GetLastWriteTimeUtc(file) <= threshold && DeleteQuietly(file))
            {
                removed++;
            }
        }

        if (removed > 0)
        {
            _logger.LogInformation("GED : {Count} fichier(s) temporaire(s) abandonné(s) supprimé(s).", removed);
        }

        return removed;
    }

    private static void RequireExpected(string? expectedSha256, string actual)
    {
        if (expectedSha256 is not null && !string.Equals(expectedSha256, actual, StringComparison.Ordinal))
        {
            throw new GedStorageException(
                $"Le contenu reçu ne correspond pas à l'empreinte attendue ({expectedSha256}) : le fichier a changé depuis son identification.");
        }
    }

    /// <summary>Moves the finished temporary file to its name; false when another writer got there first.</summary>
    private static bool Publish(string temporary, string finalPath)
    {
        try
        {
            File.Move(temporary, finalPath, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(finalPath))
        {
            return false;
        }
    }

    private static FileStream CreateTemporary(string path)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 81920,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFile;
        }

        return new FileStream(path, options);
    }

    private string EnsureFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return folder;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return folder;
        }

        // Create each missing level private to the user, the objects root included.
        var missing = new Stack<string>();
        for (var current = folder; !Directory.Exists(current); current = Path.GetDirectoryName(current)!)
        {
            missing.Push(current);
            if (string.Equals(current, ObjectsDirectory, StringComparison.Ordinal))
            {
                break;
            }
        }

        while (missing.Count > 0)
        {
            Directory.CreateDirectory(missing.Pop(), PrivateFolder);
        }

        return folder;
    }

    private static bool DeleteQuietly(string path)
    {
        try
        {
            if (File.Exists(path))
            {
                File.Delete(path);
                return true;
            }
        }
        catch (IOException)
        {
            // Another process may still hold it; the next clean-up will take it.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return false;
    }
}
