using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;
using Vigie.Storage.Text;

namespace Vigie.Storage.Sqlite;

/// <summary>
/// Writes results inside one open transaction with commands prepared once and re-bound for each row: a bulk
/// run of tens of thousands of acts pays the SQL parsing once.
/// </summary>
internal sealed class SqliteDocumentResultWriter : IDisposable
{
    private readonly SqliteCommand _selectDocument;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _replaceDocument;
    private readonly SqliteCommand _touchDocument;
    private readonly SqliteCommand _insertSource;
    private readonly SqliteCommand _insertAct;
    private readonly SqliteCommand _insertContents;
    private readonly SqliteCommand _upsertItem;
    private readonly string _now;

    public SqliteDocumentResultWriter(SqliteConnection connection, SqliteTransaction transaction, string now)
    {
        _now = now;
        _selectDocument = Command(connection, transaction, "SELECT status FROM documents WHERE sha256 = $sha256;", "$sha256");
        _insertDocument = Command(connection, transaction, """
            INSERT INTO documents (sha256, source, format, size_bytes, page_count, status, error, first_seen_at, last_batch_id)
            VALUES ($sha256, $source, $format, $size, $pages, $status, $error, $now, $batch);
            """, "$sha256", "$source", "$format", "$size", "$pages", "$status", "$error", "$now", "$batch");
        _replaceDocument = Command(connection, transaction, """
            UPDATE documents SET format = $format, size_bytes = $size, page_count = $pages, status = $status,
                error = $error, last_batch_id = $batch
            WHERE sha256 = $sha256;
            """, "$sha256", "$format", "$size", "$pages", "$status", "$error", "$batch");
        _touchDocument = Command(connection, transaction, "UPDATE documents SET last_batch_id = $batch WHERE sha256 = $sha256;", "$sha256", "$batch");
        _insertSource = Command(connection, transaction, """
            INSERT INTO document_sources (sha256, source, first_seen_at) VALUES ($sha256, $source, $now)
            ON CONFLICT (sha256, source) DO NOTHING;
            """, "$sha256", "$source", "$now");
        _insertAct = Command(connection, transaction, """
            INSERT INTO acts (document_sha256, act_index, pages, type, collectivite, collectivite_key, departement,
                agent_nom, agent_prenom, agent_key, grade, date_effet, date_signature, verdict,
                anomaly_count, search_text, created_at)
            VALUES ($sha256, $index, $pages, $type, $collectivite, $collectiviteKey, $departement,
                $agentNom, $agentPrenom, $agentKey, $grade, $dateEffet, $dateSignature, $verdict,
                $anomalyCount, $searchText, $now)
            ON CONFLICT (document_sha256, act_index) DO NOTHING
            RETURNING id;
            """, "$sha256", "$index", "$pages", "$type", "$collectivite", "$collectiviteKey", "$departement",
            "$agentNom", "$agentPrenom", "$agentKey", "$grade", "$dateEffet", "$dateSignature", "$verdict",
            "$anomalyCount", "$searchText", "$now");
        _insertContents = Command(connection, transaction,
            "INSERT INTO act_contents (act_id, fields, anomalies) VALUES ($id, $fields, $anomalies);", "$id", "$fields", "$anomalies");
        _upsertItem = Command(connection, transaction, """
            INSERT INTO batch_items (batch_id, source, sha256, state, error_code, error_message, seq, updated_at)
            VALUES ($batch, $source, $sha256, $state, $errorCode, $errorMessage,
                (SELECT COALESCE(MAX(seq), 0) + 1 FROM batch_items WHERE batch_id = $batch), $now)
            ON CONFLICT (batch_id, source) DO UPDATE SET sha256 = excluded.sha256, state = excluded.state,
                error_code = excluded.error_code, error_message = excluded.error_message, updated_at = excluded.updated_at;
            """, "$batch", "$source", "$sha256", "$state", "$errorCode", "$errorMessage", "$now");
    }

    /// <summary>Writes one result; <paramref name="anomalyCounts"/> comes from <see cref="DocumentResultValidator"/>.</summary>
    public void Write(DocumentResult result, IReadOnlyList<int> anomalyCounts)
    {
        var existing = Set(_selectDocument, ("$sha256", result.Sha256)).ExecuteScalar() as string;
        DocumentStatus stored;
        if (existing is null)
        {
            Set(_insertDocument,
                ("$sha256", result.Sha256), ("$source", result.Source), ("$format", SqliteValues.Db(result.Document.Format)),
                ("$size", result.Document.SizeBytes), ("$pages", SqliteValues.Db(result.Document.PageCount)),
                ("$status", result.Document.Status.ToCode()), ("$error", SqliteValues.ErrorJson(result.Document.Error)),
                ("$now", _now), ("$batch", result.BatchId)).ExecuteNonQuery();
            InsertActs(result, anomalyCounts);
            stored = result.Document.Status;
        }
        else if (CatalogCodes.ParseDocumentStatus(existing) == DocumentStatus.Error)
        {
            // Known only as an error (e.g. read before OCR was installed): this run's result replaces it.
            Set(_replaceDocument,
                ("$sha256", result.Sha256), ("$format", SqliteValues.Db(result.Document.Format)),
                ("$size", result.Document.SizeBytes), ("$pages", SqliteValues.Db(result.Document.PageCount)),
                ("$status", result.Document.Status.ToCode()), ("$error", SqliteValues.ErrorJson(result.Document.Error)),
                ("$batch", result.BatchId)).ExecuteNonQuery();
            InsertActs(result, anomalyCounts);
            stored = result.Document.Status;
        }
        else
        {
            // Already processed: same bytes, same acts. Nothing is added but the batch's link to it.
            LinkToBatch(result.BatchId, result.Source, result.Sha256, DocumentStatus.Processed, error: null, touchDocument: true);
            return;
        }

        var error = stored == DocumentStatus.Error ? result.Document.Error : null;
        LinkToBatch(result.BatchId, result.Source, result.Sha256, stored, error, touchDocument: false);
    }

    /// <summary>Records that the batch handled <paramref name="source"/> as the stored document <paramref name="sha256"/>.</summary>
    public void LinkToBatch(long batchId, string source, string sha256, DocumentStatus stored, StoredError? error, bool touchDocument)
    {
        if (touchDocument)
        {
            Set(_touchDocument, ("$sha256", sha256), ("$batch", batchId)).ExecuteNonQuery();
        }

        Set(_insertSource, ("$sha256", sha256), ("$source", source), ("$now", _now)).ExecuteNonQuery();
        Set(_upsertItem,
            ("$batch", batchId), ("$source", source), ("$sha256", sha256),
            ("$state", (stored == DocumentStatus.Processed ? BatchItemState.Traite : BatchItemState.Erreur).ToCode()),
            ("$errorCode", SqliteValues.Db(error?.Code)), ("$errorMessage", SqliteValues.Db(error?.Message)),
            ("$now", _now)).ExecuteNonQuery();
    }

    public void Dispose()
    {
        _selectDocument.Dispose();
        _insertDocument.Dispose();
        _replaceDocument.Dispose();
        _touchDocument.Dispose();
        _insertSource.Dispose();
        _insertAct.Dispose();
        _insertContents.Dispose();
        _upsertItem.Dispose();
    }

    private void InsertActs(DocumentResult result, IReadOnlyList<int> anomalyCounts)
    {
        for (var i = 0; i < result.Acts.Count; i++)
        {
            var act = result.Acts[i];
            var searchText = SearchKey.Normalize(string.Join(' ',
                new[] { act.AgentNom, act.AgentPrenom, act.Collectivite, act.Grade, act.Type, act.Departement, result.Source }
                    .Where(v => !string.IsNullOrWhiteSpace(v)))) ?? string.Empty;
            var id = Set(_insertAct,
                ("$sha256", result.Sha256), ("$index", act.ActIndex), ("$pages", SqliteValues.PagesJson(act.Pages ?? [])),
                ("$type", SqliteValues.Db(act.Type)), ("$collectivite", SqliteValues.Db(act.Collectivite)),
                ("$collectiviteKey", SqliteValues.Db(SearchKey.Normalize(act.Collectivite))),
                ("$departement", SqliteValues.Db(act.Departement)), ("$agentNom", SqliteValues.Db(act.AgentNom)),
                ("$agentPrenom", SqliteValues.Db(act.AgentPrenom)),
                ("$agentKey", SqliteValues.Db(SearchKey.Normalize($"{act.AgentNom} {act.AgentPrenom}"))),
                ("$grade", SqliteValues.Db(act.Grade)), ("$dateEffet", SqliteValues.Db(act.DateEffet)),
                ("$dateSignature", SqliteValues.Db(act.DateSignature)), ("$verdict", SqliteValues.Db(act.Verdict)),
                ("$anomalyCount", anomalyCounts[i]), ("$searchText", searchText), ("$now", _now)).ExecuteScalar();
            if (id is long actId)
            {
                // No id back: the act was already stored (same document, same rank) and keeps its content.
                Set(_insertContents, ("$id", actId), ("$fields", act.FieldsJson), ("$anomalies", act.AnomaliesJson)).ExecuteNonQuery();
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }

        command.Prepare();
        return command;
    }

    private static SqliteCommand Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }

        return command;
    }
}
