using System.Text.Json;

namespace Vigie.Storage.Sqlite;

/// <summary>JSON shape of the frozen counts of a finished batch (column <c>batches.counts</c>).</summary>
internal static class SqliteCountsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
