using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vigie.Privacy.Pseudonymization;

namespace Vigie.Privacy.Storage;

/// <summary>
/// One AES-256-GCM file per conversation under <c>&lt;privacy&gt;/conversations/</c>. The file name is an HMAC of the
/// conversation id (the id does not leak); the header holds the last-use time, authenticated with the content, so
/// that expired files are purged without decrypting them. Purges expired files once on first use.
/// Format: "VPM1" | last use (Unix ms, 8 bytes) | nonce (12) | tag (16) | ciphertext.
/// </summary>
public sealed partial class EncryptedPseudonymMapStore : IPseudonymMapStore
{
    private const string Extension = ".vpm";
    private static readonly byte[] Magic = "VPM1"u8.ToArray();
    private const int HeaderLength = 4 + 8;
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly PrivacyKeyProvider _keys;
    private readonly TimeProvider _time;
    private readonly ILogger<EncryptedPseudonymMapStore> _logger;
    private readonly string _directory;
    private readonly TimeSpan _retention;
    private readonly SemaphoreSlim _purgeGate = new(1, 1);
    private bool _purged;

    public EncryptedPseudonymMapStore(
        IOptions<PrivacyOptions> options, PrivacyKeyProvider keys, TimeProvider time, ILogger<EncryptedPseudonymMapStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? NullLogger<EncryptedPseudonymMapStore>.Instance;
        _directory = Path.Combine(PrivacyDirectory.Resolve(options.Value), "conversations");
        _retention = TimeSpan.FromDays(options.Value.RetentionDays);
    }

    /// <summary>The file that holds a conversation's map (it may not exist).</summary>
    public string PathOf(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var digest = HMACSHA256.HashData(_keys.GetKey(), Encoding.UTF8.GetBytes("conversation:" + conversationId));
        return Path.Combine(_directory, Convert.ToHexStringLower(digest.AsSpan(0, 16)) + Extension);
    }

    public async Task<PseudonymMap?> LoadAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await EnsurePurgedAsync(cancellationToken).ConfigureAwait(false);
        var path = PathOf(conversationId);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        if (bytes.Length < HeaderLength + NonceLength + TagLength || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw new InvalidDataException("Table de correspondance chiffrée illisible (en-tête inconnu).");
        }

        if (IsExpired(bytes))
        {
            File.Delete(path);
            return null;
        }

        var plain = new byte[bytes.Length - HeaderLength - NonceLength - TagLength];
        try
        {
            using var aes = new AesGcm(_keys.GetKey(), TagLength);
            aes.Decrypt(
                bytes.AsSpan(HeaderLength, NonceLength),
                bytes.AsSpan(HeaderLength + NonceLength + TagLength),
                bytes.AsSpan(HeaderLength + NonceLength, TagLength),
                plain,
                AssociatedData(bytes.AsSpan(0, HeaderLength), path));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new InvalidDataException("Table de correspondance indéchiffrable : clé différente ou fichier altéré.");
        }

        try
        {
            return PseudonymMapSerializer.Deserialize(plain);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    public async Task SaveAsync(string conversationId, PseudonymMap map, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(map);
        await EnsurePurgedAsync(cancellationToken).ConfigureAwait(false);
        PrivacyDirectory.Create(_directory);
        var path = PathOf(conversationId);
        var plain = PseudonymMapSerializer.Serialize(map);
        var file = new byte[HeaderLength + NonceLength + TagLength + plain.Length];
        Magic.CopyTo(file, 0);
        BinaryPrimitives.WriteInt64LittleEndian(file.AsSpan(4, 8), _time.GetUtcNow().ToUnixTimeMilliseconds());
        RandomNumberGenerator.Fill(file.AsSpan(HeaderLength, NonceLength));
        using (var aes = new AesGcm(_keys.GetKey(), TagLength))
        {
            aes.Encrypt(
                file.AsSpan(HeaderLength, NonceLength),
                plain,
                file.AsSpan(HeaderLength + NonceLength + TagLength),
                file.AsSpan(HeaderLength + NonceLength, TagLength),
                AssociatedData(file.AsSpan(0, HeaderLength), path));
        }

        CryptographicOperations.ZeroMemory(plain);

        // Write then rename, so that a crash never leaves half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, options))
        {
            await stream.WriteAsync(file, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await EnsurePurgedAsync(cancellationToken).ConfigureAwait(false);
        var path = PathOf(conversationId);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(_directory))
        {
            return Task.FromResult(0);
        }

        var purged = 0;
        var header = new byte[HeaderLength];
        foreach (var path in Directory.EnumerateFiles(_directory, "*" + Extension))
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool expired;
            using (var stream = File.OpenRead(path))
            {
                expired = stream.Read(header) == HeaderLength && IsExpired(header);
            }

            if (expired)
            {
                File.Delete(path);
                purged++;
            }
        }

        if (purged > 0)
        {
            LogPurged(_logger, purged);
        }

        return Task.FromResult(purged);
    }

    private async Task EnsurePurgedAsync(CancellationToken cancellationToken)
    {
        if (_purged)
        {
            return;
        }

        await _purgeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_purged)
            {
                await PurgeExpiredAsync(cancellationToken).ConfigureAwait(false);
                _purged = true;
            }
        }
        finally
        {
            _purgeGate.Release();
        }
    }

    private bool IsExpired(ReadOnlySpan<byte> header)
    {
        var lastUse = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64LittleEndian(header.Slice(4, 8)));
        return _time.GetUtcNow() - lastUse > _retention;
    }

    /// <summary>The header and the file name are authenticated: a file moved to another conversation does not decrypt.</summary>
    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string path)
    {
        var name = Encoding.UTF8.GetBytes(Path.GetFileName(path));
        var data = new byte[header.Length + name.Length];
        header.CopyTo(data);
        name.CopyTo(data.AsSpan(header.Length));
        return data;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Confidentialité : {Count} table(s) de correspondance expirée(s) supprimée(s).")]
    private static partial void LogPurged(ILogger logger, int count);
}
