using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;
using Vigie.Storage.Text;

namespace Vigie.Storage.Sqlite;

/// <summary>
/// Turns an <see cref="ActQuery"/> into SQL. Values always travel as parameters; only fixed column names from
/// the switches below enter the text.
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
        var orderBy = OrderBy(query);
        // Deferred join: filter, sort and page narrow rows (id and sort key) first, then fetch the page's full rows.
        // Sorting thousands of rows together with their JSON costs far more than the sort itself.
        command.CommandText =
            $"SELECT {SqliteCatalogRows.ActColumns} {SqliteCatalogRows.ActFrom} " +
            $"WHERE a.id IN (SELECT a.id FROM acts a{where} ORDER BY {orderBy} LIMIT $limit OFFSET $offset) " +
            $"ORDER BY {orderBy};";
        command.Parameters.AddWithValue("$limit", query.Limit);
        command.Parameters.AddWithValue("$offset", query.Offset);
        return command;
    }

    public static SqliteCommand BuildCount(SqliteConnection connection, ActQuery query)
    {
        var command = connection.CreateCommand();
        var where = BuildWhere(query, command.Parameters);
        command.CommandText = $"SELECT COUNT(*) FROM acts a{where};";
        return command;
    }

    private static string OrderBy(ActQuery query)
    {
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
        return sortColumn is null ? $"a.id {direction}" : $"{sortColumn} {direction}, a.id {direction}";
    }

    private static string BuildWhere(ActQuery query, SqliteParameterCollection parameters)
    {
        var clauses = new List<string>();

        // With a collectivité, its index must drive the query: it is the most selective filter, and the one the
        // per-collectivité isolation will always add. A unary '+' keeps SQLite off the other columns' indexes.
        var column = "a.";
        if (SearchKey.Normalize(query.Collectivite) is { } collectivite)
        {
            clauses.Add("a.collectivite_key = $collectivite");
            parameters.AddWithValue("$collectivite", collectivite);
            column = "+a.";
        }

        if (SearchKey.Normalize(query.Agent) is { } agent)
        {
            // Each word anywhere in "nom prénom": "hélène lef" finds LEFÈVRE Hélène.
            var words = agent.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < words.Length; i++)
            {
                var name = "$agent" + i.ToString(CultureInfo.InvariantCulture);
                clauses.Add($@"a.agent_key LIKE {name} ESCAPE '\'");
                parameters.AddWithValue(name, Contains(words[i]));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            clauses.Add($"{column}type = $type");
            parameters.AddWithValue("$type", query.Type.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Verdict))
        {
            clauses.Add($"{column}verdict = $verdict");
            parameters.AddWithValue("$verdict", query.Verdict.Trim().ToLowerInvariant());
        }

        if (query.Classement is { } classement)
        {
            clauses.Add($"{column}classement = $classement");
            parameters.AddWithValue("$classement", classement.ToCode());
        }

        if (query.BatchId is { } batchId)
        {
            // Driven by the batch's items (cost grows with the batch, not with the whole catalogue).
            clauses.Add("a.document_sha256 IN (SELECT i.sha256 FROM batch_items i WHERE i.batch_id = $batch AND i.sha256 IS NOT NULL)");
            parameters.AddWithValue("$batch", batchId);
        }

        if (!string.IsNullOrWhiteSpace(query.DocumentSha256))
        {
            clauses.Add("a.document_sha256 = $sha256");
            parameters.AddWithValue("$sha256", query.DocumentSha256.Trim().ToLowerInvariant());
        }

        // Dates keep their index: (collectivite_key, date_effet) serves an equality and a range together.
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
