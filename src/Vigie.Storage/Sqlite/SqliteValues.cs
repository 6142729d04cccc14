using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;

namespace Vigie.Storage.Sqlite;

/// <summary>
/// How values are written in SQLite: ISO dates ("2026-03-01") and UTC round-trip timestamps, so that text
/// order is time order and indexes serve date ranges; lists and errors as JSON.
/// </summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd";

    public static object Db(string? value) => value is null ? DBNull.Value : value;

    public static object Db(long? value) => value is null ? DBNull.Value : value.Value;

    public static object Db(DateOnly? value) =>
        value is null ? DBNull.Value : value.Value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Db(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? GetStringOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetInt64OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? GetInt32OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateOnly? GetDateOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? null
            : DateOnly.TryParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateTimeOffset GetTimestamp(this SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? GetTimestampOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetTimestamp(ordinal);

    public static string PagesJson(IReadOnlyList<int> pages) => JsonSerializer.Serialize(pages);

    public static IReadOnlyList<int> ParsePages(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<int[]>(json) ?? [];

    public static string StringsJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    public static IReadOnlyList<string> ParseStrings(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static object ErrorJson(StoredError? error) =>
        error is null ? DBNull.Value : JsonSerializer.Serialize(new Dictionary<string, string> { ["code"] = error.Code, ["message"] = error.Message });

    public static StoredError? ParseError(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new StoredError(
            root.TryGetProperty("code", out var code) ? code.GetString() ?? string.Empty : string.Empty,
            root.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty);
    }
}
