namespace Vigie.Storage.Originals;

/// <summary>
/// Content-addressed store of the original files: an object is named by the SHA-256 of its bytes, written once,
/// never changed. Storing the same bytes again is a no-op.
/// </summary>
public interface IOriginalStore
{
    /// <summary>
    /// Stores bytes. When <paramref name="expectedSha256"/> is given, the bytes must hash to it
    /// (a <see cref="GedStorageException"/> otherwise: the file changed since it was identified).
    /// </summary>
    Task<OriginalSaveResult> SaveAsync(ReadOnlyMemory<byte> content, string? expectedSha256 = null, CancellationToken cancellationToken = default);

    /// <summary>Stores a stream, hashing it on the way; same rules as the byte overload.</summary>
    Task<OriginalSaveResult> SaveAsync(Stream content, string? expectedSha256 = null, CancellationToken cancellationToken = default);

    bool Exists(string sha256);

    /// <summary>Opens a stored original for reading; a <see cref="GedStorageException"/> when it is absent.</summary>
    Stream Open(string sha256);

    /// <summary>Deletes temporary files left by a process killed while writing, older than <paramref name="minimumAge"/>.</summary>
    int RemoveAbandonedTemporaryFiles(TimeSpan minimumAge);
}
