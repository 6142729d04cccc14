using Microsoft.Data.Sqlite;
using Vigie.Storage.Catalog;

namespace Vigie.Storage.Sqlite;

/// <summary>The column lists the catalogue selects and how a row becomes a record.</summary>
internal static class SqliteCatalogRows
{
    /// <summary>Columns of an act (alias <c>a</c>) with its document (<c>d</c>) and its JSON (<c>c</c>), in <see cref="ReadAct"/> order.</summary>
    public const string ActColumns = """
        a.id, a.document_sha256, a.act_index, d.source, a.pages, a.type, a.collectivite, a.departement,
        a.agent_nom, a.agent_prenom, a.grade, a.date_effet, a.date_signature, a.verdict, c.fields, c.anomalies,
        a.anomaly_count, a.classement, a.filed_at, a.decided_by, a.decision_reason, a.created_at
        """;

    public const string ActFrom = "FROM acts a JOIN documents d ON d.sha256 = a.document_sha256 JOIN act_contents c ON c.act_id = a.id";

    public const string BatchColumns = "b.id, b.started_at, b.finished_at, b.status, b.inputs, b.counts";

    public const string DocumentColumns =
        "sha256, source, format, size_bytes, page_count, status, error, first_seen_at, last_batch_id";

    public const string DecisionColumns = "id, act_id, decided_by, decided_at, decision, reason";

    public const string BatchItemColumns = "batch_id, source, sha256, state, error_code, error_message, updated_at";

    public static StoredAct ReadAct(SqliteDataReader r) => new()
    {
        Id = r.GetInt64(0),
        DocumentSha256 = r.GetString(1),
        ActIndex = r.GetInt32(2),
        Source = r.GetString(3),
        Pages = SqliteValues.ParsePages(r.GetStringOrNull(4)),
        Type = r.GetStringOrNull(5),
        Collectivite = r.GetStringOrNull(6),
        Departement = r.GetStringOrNull(7),
        AgentNom = r.GetStringOrNull(8),
        AgentPrenom = r.GetStringOrNull(9),
        Grade = r.GetStringOrNull(10),
        DateEffet = r.GetDateOrNull(11),
        DateSignature = r.GetDateOrNull(12),
        Verdict = r.GetStringOrNull(13),
        FieldsJson = r.GetString(14),
        AnomaliesJson = r.GetString(15),
        AnomalyCount = r.GetInt32(16),
        Classement = CatalogCodes.ParseClassement(r.GetString(17)),
        FiledAt = r.GetTimestampOrNull(18),
        DecidedBy = r.GetStringOrNull(19),
        DecisionReason = r.GetStringOrNull(20),
        CreatedAt = r.GetTimestamp(21),
    };

    /// <summary>A batch row; <paramref name="liveCounts"/> stands in when the batch has no frozen counts yet.</summary>
    public static BatchInfo ReadBatch(SqliteDataReader r, Func<long, BatchCounts> liveCounts)
    {
        var id = r.GetInt64(0);
        var frozen = r.GetStringOrNull(5);
        return new BatchInfo(
            id,
            r.GetTimestamp(1),
            r.GetTimestampOrNull(2),
            CatalogCodes.ParseBatchStatus(r.GetString(3)),
            SqliteValues.ParseStrings(r.GetString(4)),
            frozen is null ? liveCounts(id) : System.Text.Json.JsonSerializer.Deserialize<BatchCounts>(frozen, SqliteCountsJson.Options)!);
    }

    public static StoredDocument ReadDocument(SqliteDataReader r) => new()
    {
        Sha256 = r.GetString(0),
        Source = r.GetString(1),
        Format = r.GetStringOrNull(2),
        SizeBytes = r.GetInt64(3),
        PageCount = r.GetInt32OrNull(4),
        Status = CatalogCodes.ParseDocumentStatus(r.GetString(5)),
        Error = SqliteValues.ParseError(r.GetStringOrNull(6)),
        FirstSeenAt = r.GetTimestamp(7),
        LastBatchId = r.GetInt64OrNull(8),
    };

    public static DecisionRecord ReadDecision(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.GetTimestamp(3),
        CatalogCodes.ParseDecisionKind(r.GetString(4)),
        r.GetStringOrNull(5));

    public static BatchItem ReadBatchItem(SqliteDataReader r)
    {
        var code = r.GetStringOrNull(4);
        return new BatchItem(
            r.GetInt64(0),
            r.GetString(1),
            r.GetStringOrNull(2),
            CatalogCodes.ParseBatchItemState(r.GetString(3)),
            code is null ? null : new StoredError(code, r.GetStringOrNull(5) ?? string.Empty),
            r.GetTimestamp(6));
    }
}
