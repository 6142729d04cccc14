using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Vigie.Privacy.Storage;

/// <summary>
/// The 256-bit key that encrypts the mappings: from the environment variable <c>VIGIE_PRIVACY_KEY</c> (base64), or
/// else from the key file <c>&lt;privacy&gt;/privacy.key</c>, created on first use with permissions 0600.
/// </summary>
public sealed class PrivacyKeyProvider
{
    public const string EnvironmentVariable = "VIGIE_PRIVACY_KEY";
    public const string KeyFileName = "privacy.key";

    private readonly string _directory;
    private readonly string? _environmentKey;
    private readonly Lock _gate = new();
    private byte[]? _key;

    public PrivacyKeyProvider(IOptions<PrivacyOptions> options)
        : this(PrivacyDirectory.Resolve(options?.Value ?? throw new ArgumentNullException(nameof(options))), Environment.GetEnvironmentVariable(EnvironmentVariable))
    {
    }

    /// <summary>For tests and tools: an explicit folder and environment value.</summary>
    public PrivacyKeyProvider(string directory, string? environmentKey)
    {
        _directory = directory;
        _environmentKey = string.IsNullOrWhiteSpace(environmentKey) ? null : environmentKey.Trim();
    }

    public string KeyFilePath => Path.Combine(_directory, KeyFileName);

    /// <summary>The key (32 bytes); creates the key file when neither it nor the variable exists.</summary>
    public byte[] GetKey()
    {
        lock (_gate)
        {
            return _key ??= LoadOrCreate();
        }
    }

    private byte[] LoadOrCreate()
    {
        if (_environmentKey is not null)
        {
            return Decode(_environmentKey, $"la variable {EnvironmentVariable}");
        }

        if (File.Exists(KeyFilePath))
        {
            return Decode(File.ReadAllText(KeyFilePath), $"le fichier de clé {KeyFilePath}");
        }

        PrivacyDirectory.Create(_directory);
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(KeyFilePath, options);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(KeyFilePath))
        {
            // Another process created it first: use theirs.
            return Decode(File.ReadAllText(KeyFilePath), $"le fichier de clé {KeyFilePath}");
        }

        return key;
    }

    private static byte[] Decode(string base64, string source)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Clé de chiffrement invalide dans {source} : base64 attendu (32 octets).");
        }

        if (key.Length != 32)
        {
            throw new InvalidOperationException($"Clé de chiffrement invalide dans {source} : 32 octets attendus, {key.Length} trouvés.");
        }

        return key;
    }
}
