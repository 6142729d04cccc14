using Microsoft.Extensions.Options;

namespace Vigie.Storage;

/// <summary>Rejects at start a provider Vigie does not have, naming the setting in French.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(options.Provider?.Trim(), StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider « {options.Provider} » n'est pas pris en charge : seule la valeur « sqlite » est disponible pour l'instant.");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            return ValidateOptionsResult.Fail("Storage:DataDirectory (ou Vigie:DataDirectory) ne peut pas être vide.");
        }

        return ValidateOptionsResult.Success;
    }
}
