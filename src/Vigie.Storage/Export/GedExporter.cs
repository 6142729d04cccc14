using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;

namespace Vigie.Storage.Export;

/// <summary>
/// Copies the acts matching a query out of the GED: the originals as <c>&lt;collectivité&gt;/&lt;type&gt;/&lt;sha&gt;_&lt;nom&gt;</c>,
/// plus <c>catalogue.csv</c> and <c>catalogue.json</c> describing every act. Running it again over the same folder
/// rewrites the same files.
/// </summary>
public sealed class GedExporter
{
    public const string CsvFileName = "catalogue.csv";
    public const string JsonFileName = "catalogue.json";
    public const string JsonSchema = "vigie.ged-export/1";
    private const int PageSize = 1000;

    private readonly IGedCatalog _catalog;
    private readonly IOriginalStore _originals;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<GedExporter> _logger;

    public GedExporter(IGedCatalog catalog, IOriginalStore originals, TimeProvider? timeProvider = null, ILogger<GedExporter>? logger = null)
    {
        _catalog = catalog;
        _originals = originals;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<GedExporter>.Instance;
    }

    /// <summary>Exports every act matching <paramref name="filter"/> (its paging is ignored) into <paramref name="directory"/>.</summary>
    public async Task<GedExportResult> ExportAsync(string directory, ActQuery filter, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(filter);
        var root = Path.GetFullPath(directory);
        Directory.CreateDirectory(root);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var actCount = 0;

        await using var jsonStream = new FileStream(Path.Combine(root, JsonFileName), FileMode.Create, FileAccess.Write);
        await using var json = new Utf8JsonWriter(jsonStream, CatalogJsonWriter.Options);
        using var csv = new CatalogueCsvWriter(Path.Combine(root, CsvFileName));
        json.WriteStartObject();
        json.WriteString("schema", JsonSchema);
        json.WriteString("generated_at", _timeProvider.GetLocalNow().ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        json.WriteStartArray("acts");

        var query = filter with { Offset = 0, Limit = PageSize, Sort = ActSort.Id, Descending = false };
        while (true)
        {
            var page = await _catalog.ListActsAsync(query, cancellationToken).ConfigureAwait(false);
            foreach (var act in page.Items)
            {
                var relative = ExportPaths.ForAct(act.Collectivite, act.Type, act.DocumentSha256, act.Source);
                string? exported = relative;
                if (copied.Contains(relative))
                {
                    // Already copied for a previous act of the same document.
                }
                else if (!_originals.Exists(act.DocumentSha256))
                {
                    missing.Add(act.DocumentSha256);
                    exported = null;
                }
                else
                {
                    await CopyOriginalAsync(act.DocumentSha256, Path.Combine(root, relative), cancellationToken).ConfigureAwait(false);
                    copied.Add(relative);
                }

                CatalogJsonWriter.WriteAct(json, act, includeExportedFile: true, exportedFile: exported);
                csv.Write(act, exported);
                actCount++;
            }

            if (page.Items.Count < PageSize)
            {
                break;
            }

            query = query with { Offset = query.Offset + PageSize };
        }

        json.WriteEndArray();
        json.WriteStartArray("originaux_absents");
        foreach (var sha in missing)
        {
            json.WriteStringValue(sha);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        if (missing.Count > 0)
        {
            _logger.LogInformation("Export GED : {Count} original(aux) absent(s) du stockage.", missing.Count);
        }

        return new GedExportResult(root, actCount, copied.Count, missing.ToArray());
    }

    private async Task CopyOriginalAsync(string sha256, string target, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await using var source = _originals.Open(sha256);
        await using var destination = new FileStream(target, FileMode.Create, FileAccess.Write);
        await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }
}
