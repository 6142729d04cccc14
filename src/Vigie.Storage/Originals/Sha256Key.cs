namespace Vigie.Storage.Originals;

/// <summary>Checks that a string is a lower-case hex SHA-256, so it can safely name a file.</summary>
public static class Sha256Key
{
    public const int Length = 64;

    public static bool IsValid(string? value) =>
        value is { Length: Length } && value.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>Returns the value, or throws a French <see cref="ArgumentException"/>.</summary>
    public static string Require(string? value, string parameterName) =>
        IsValid(value)
            ? value!
            : throw new ArgumentException($"Empreinte SHA-256 invalide : « {value} » (64 caractères hexadécimaux minuscules attendus).", parameterName);
}
