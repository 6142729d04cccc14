using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;
using Vigie.Storage.Text;

namespace Vigie.Storage.Sqlite;

/// <summary>
/// Turns an <see cref="ActQuery"/> into SQL. Values always travel as parameters; only fixed column names from
/// the switch below enter the text.
/// </summary>
internal static class SqliteActQueryBuilder
{
    public static void Validate(ActQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > ActQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, $"La taille de page doit être comprise entre 1 et {ActQuery.MaxLimit}.");
        }

        if (query.Offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Offset, "Le décalage ne peut pas être négatif.");
        }
    }

    public static SqliteCommand BuildList(SqliteConnection connection, ActQuery query)
    {
        var command = connection.CreateCommand();
        var where = BuildWhere(query, command.Parameters);
        var direction = query.Descending ? "DESC" : "ASC";
        var sortColumn = query.Sort switch
        {
            ActSort.DateEffet => "a.date_effet",
            ActSort.DateSignature => "a.date_signature",
            ActSort.Agent => "a.agent_key",
            ActSort.Collectivite => "a.collectivite_key",
            ActSort.Type => "a.type",
            ActSort.Verdict => "a.verdict",
            _ => null,
        };
        var orderBy = sortColumn is null ? $"a.id {direction}" : $"{sortColumn} {direction}, a.id {direction}";
        command.CommandText = $"SELECT {SqliteCatalogRows.ActColumns} {SqliteCatalogRows.ActFrom}{where} ORDER BY {orderBy} LIMIT $limit OFFSET $offset;";
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        return command;
    }

    public static SqliteCommand BuildCount(SqliteConnection connection, ActQuery query)
    {
        var command = connection.CreateCommand();
        var where = BuildWhere(query, command.Parameters);
        // The join is only needed when the file name is searched.
        var from = string.IsNullOrWhiteSpace(query.Text) ? "FROM acts a" : SqliteCatalogRows.ActFrom;
        command.CommandText = $"SELECT COUNT(*) {from}{where};";
        return command;
    }

    private static string BuildWhere(ActQuery query, SqliteParameterCollection parameters)
    {
        var clauses = new List<string>();
        if (SearchKey.Normalize(query.Collectivite) is { } collectivite)
        {
            clauses.Add("a.collectivite_key = $collectivite");
            parameters.AddWithValue("$collectivite", collectivite);
        }

        if (SearchKey.Normalize(query.Agent) is { } agent)
        {
            clauses.Add(@"a.agent_key LIKE $agent ESCAPE '\'");
            parameters.AddWithValue("$agent", Contains(agent));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            clauses.Add("a.type = $type");
            parameters.AddWithValue("$type", query.Type.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Verdict))
        {
            clauses.Add("a.verdict = $verdict");
            parameters.AddWithValue("$verdict", query.Verdict.Trim().ToLowerInvariant());
        }

        if (query.Classement is { } classement)
        {
            clauses.Add("a.classement = $classement");
            parameters.AddWithValue("$classement", classement.ToCode());
        }

        if (query.BatchId is { } batchId)
        {
            clauses.Add("a.document_sha256 IN (SELECT i.sha256 FROM batch_items i WHERE i.batch_id = $batch AND i.sha256 IS NOT NULL)");
            parameters.AddWithValue("$batch", batchId);
        }

        if (!string.IsNullOrWhiteSpace(query.DocumentSha256))
        {
            clauses.Add("a.document_sha256 = $sha256");
            parameters.AddWithValue("$sha256", query.DocumentSha256.Trim().ToLowerInvariant());
        }

        var dateColumn = query.DateField == ActDateField.DateSignature ? "a.date_signature" : "a.date_effet";
        if (query.DateFrom is { } from)
        {
            clauses.Add($"{dateColumn} >= $dateFrom");
            parameters.AddWithValue("$dateFrom", SqliteValues.Date(from));
        }

        if (query.DateTo is { } to)
        {
            clauses.Add($"{dateColumn} <= $dateTo");
            parameters.AddWithValue("$dateTo", SqliteValues.Date(to));
        }

        if (SearchKey.Normalize(query.Text) is { } text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var name = "$text" + i.ToString(CultureInfo.InvariantCulture);
                clauses.Add($@"a.search_text LIKE {name} ESCAPE '\'");
                parameters.AddWithValue(name, Contains(words[i]));
            }
        }

        return clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses);
    }

    private static string Contains(string value)
    {
        var escaped = new StringBuilder(value.Length + 2).Append('%');
        foreach (var c in value)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.Append('%').ToString();
    }
}
