using System.ComponentModel.DataAnnotations;

namespace Vigie.Storage;

/// <summary>
/// Settings of the document store (configuration section "Storage").
/// The provider is an explicit setting so that PostgreSQL can sit beside SQLite later.
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The only provider available for now: an embedded SQLite catalogue.</summary>
    public const string SqliteProvider = "sqlite";

    /// <summary>Catalogue provider: "sqlite" (default; the only value for now).</summary>
    [Required(ErrorMessage = "Le paramètre Storage:Provider est obligatoire (valeur possible : « sqlite »).")]
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// Folder holding Vigie's data; the GED lives in its <c>ged/</c> sub-folder. When unset: the setting
    /// <c>Vigie:DataDirectory</c>, else <c>.vigie</c> in the working directory.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>How long a write waits for another process holding the catalogue (busy_timeout), in seconds.</summary>
    [Range(0, 600, ErrorMessage = "Storage:BusyTimeoutSeconds doit être compris entre 0 et 600 secondes.")]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>The GED folder: <c>&lt;DataDirectory&gt;/ged</c>, as a full path.</summary>
    public string GedDirectory => Path.Combine(Path.GetFullPath(string.IsNullOrWhiteSpace(DataDirectory) ? ".vigie" : DataDirectory), "ged");

    /// <summary>The SQLite catalogue file: <c>&lt;DataDirectory&gt;/ged/catalogue.db</c>.</summary>
    public string CatalogPath => Path.Combine(GedDirectory, "catalogue.db");

    /// <summary>The content-addressed originals: <c>&lt;DataDirectory&gt;/ged/objects</c>.</summary>
    public string ObjectsDirectory => Path.Combine(GedDirectory, "objects");
}
