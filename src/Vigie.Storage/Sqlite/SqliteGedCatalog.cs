using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite.Migrations;

namespace Vigie.Storage.Sqlite;

/// <summary>
/// The GED catalogue in an embedded SQLite file. WAL journal (readers never wait for the writer), one writer
/// connection per process behind a gate, a busy timeout for other processes, and every write in one
/// transaction: a process killed at any point leaves each document with all of its rows or none.
/// </summary>
public sealed class SqliteGedCatalog : IGedCatalog, IDisposable
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteGedCatalog> _logger;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;
    private volatile bool _ready;
    private bool _disposed;

    public SqliteGedCatalog(
        string databasePath,
        TimeProvider? timeProvider = null,
        ILogger<SqliteGedCatalog>? logger = null,
        int busyTimeoutSeconds = 30)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentOutOfRangeException.ThrowIfNegative(busyTimeoutSeconds);
        DatabasePath = Path.GetFullPath(databasePath);
        _busyTimeoutMilliseconds = busyTimeoutSeconds * 1000;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SqliteGedCatalog>.Instance;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = Math.Max(busyTimeoutSeconds, 1),
        }.ToString();
    }

    public string DatabasePath { get; }

    /// <summary>Creates or migrates the catalogue now rather than on first use; returns the schema version.</summary>
    public Task<int> InitializeAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(connection => SqliteMigrator.CurrentVersion(connection), cancellationToken);

    public Task<BatchStart> StartOrResumeBatchAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var key = JsonSerializer.Serialize(inputs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        return WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            long? id;
            using (var find = Command(connection, transaction, """
                SELECT id FROM batches WHERE inputs_key = $key AND status IN ('en_cours', 'interrompu') ORDER BY id DESC LIMIT 1;
                """, ("$key", key)))
            {
                id = find.ExecuteScalar() is long found ? found : null;
            }

            var resumed = id is not null;
            if (id is { } existing)
            {
                using var reopen = Command(connection, transaction, "UPDATE batches SET status = 'en_cours' WHERE id = $id;", ("$id", existing));
                reopen.ExecuteNonQuery();
            }
            else
            {
                using var insert = Command(connection, transaction, """
                    INSERT INTO batches (started_at, status, inputs, inputs_key) VALUES ($now, 'en_cours', $inputs, $key) RETURNING id;
                    """, ("$now", Now()), ("$inputs", SqliteValues.StringsJson(inputs)), ("$key", key));
                id = (long)insert.ExecuteScalar()!;
            }

            var batch = LoadBatch(connection, transaction, id.Value)!;
            transaction.Commit();
            _logger.LogInformation(resumed ? "GED : reprise du lot {BatchId}." : "GED : lot {BatchId} démarré.", id);
            return new BatchStart(batch, resumed);
        }, cancellationToken);
    }

    public Task RegisterItemsAsync(long batchId, IReadOnlyList<BatchItemEntry> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            RequireOpenBatch(connection, transaction, batchId);
            using var insert = Command(connection, transaction, """
                INSERT INTO batch_items (batch_id, source, sha256, state, seq, updated_at)
                VALUES ($batch, $source, $sha256, 'a_traiter', (SELECT COALESCE(MAX(seq), 0) + 1 FROM batch_items WHERE batch_id = $batch), $now)
                ON CONFLICT (batch_id, source) DO NOTHING;
                """, ("$batch", batchId), ("$source", string.Empty), ("$sha256", DBNull.Value), ("$now", Now()));
            insert.Prepare();
            foreach (var item in items)
            {
                insert.Parameters["$source"].Value = item.Source;
                insert.Parameters["$sha256"].Value = SqliteValues.Db(item.Sha256);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
            return 0;
        }, cancellationToken);
    }

    public Task<bool> IsDoneAsync(long batchId, string source, string sha256, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            using var command = Command(connection, null, """
                SELECT 1 FROM batch_items WHERE batch_id = $batch AND source = $source AND sha256 = $sha256 AND state <> 'a_traiter';
                """, ("$batch", batchId), ("$source", source), ("$sha256", sha256));
            return command.ExecuteScalar() is not null;
        }, cancellationToken);

    public Task<IReadOnlyList<BatchItem>> GetBatchItemsAsync(long batchId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<BatchItem>>(connection =>
        {
            using var command = Command(connection, null,
                $"SELECT {SqliteCatalogRows.BatchItemColumns} FROM batch_items WHERE batch_id = $batch ORDER BY seq;", ("$batch", batchId));
            return ReadAll(command, SqliteCatalogRows.ReadBatchItem);
        }, cancellationToken);

    public Task<StoredDocument?> TryReuseDocumentAsync(long batchId, string source, string sha256, CancellationToken cancellationToken = default)
    {
        Sha256Key.Require(sha256, nameof(sha256));
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var document = LoadDocument(connection, transaction, sha256);
            if (document is null || document.Status != DocumentStatus.Processed)
            {
                return null;
            }

            RequireOpenBatch(connection, transaction, batchId);
            using (var writer = new SqliteDocumentResultWriter(connection, transaction, Now()))
            {
                writer.LinkToBatch(batchId, source, sha256, DocumentStatus.Processed, error: null, touchDocument: true);
            }

            transaction.Commit();
            return document with { LastBatchId = batchId };
        }, cancellationToken);
    }

    public Task SaveDocumentResultAsync(DocumentResult result, CancellationToken cancellationToken = default) =>
        SaveDocumentResultsAsync([result], cancellationToken);

    public Task SaveDocumentResultsAsync(IReadOnlyList<DocumentResult> results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        var anomalyCounts = results.Select(DocumentResultValidator.Validate).ToArray();
        if (results.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var batchId in results.Select(r => r.BatchId).Distinct())
            {
                RequireOpenBatch(connection, transaction, batchId);
            }

            using (var writer = new SqliteDocumentResultWriter(connection, transaction, Now()))
            {
                for (var i = 0; i < results.Count; i++)
                {
                    writer.Write(results[i], anomalyCounts[i]);
                }
            }

            transaction.Commit();
            return 0;
        }, cancellationToken);
    }

    public Task SaveItemErrorAsync(long batchId, string source, string? sha256, StoredError error, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(error);
        return WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            RequireOpenBatch(connection, transaction, batchId);
            using var upsert = Command(connection, transaction, """
                INSERT INTO batch_items (batch_id, source, sha256, state, error_code, error_message, seq, updated_at)
                VALUES ($batch, $source, $sha256, 'erreur', $code, $message,
                    (SELECT COALESCE(MAX(seq), 0) + 1 FROM batch_items WHERE batch_id = $batch), $now)
                ON CONFLICT (batch_id, source) DO UPDATE SET sha256 = excluded.sha256, state = excluded.state,
                    error_code = excluded.error_code, error_message = excluded.error_message, updated_at = excluded.updated_at;
                """, ("$batch", batchId), ("$source", source), ("$sha256", SqliteValues.Db(sha256)),
                ("$code", error.Code), ("$message", error.Message), ("$now", Now()));
            upsert.ExecuteNonQuery();
            transaction.Commit();
            return 0;
        }, cancellationToken);
    }

    public Task<BatchInfo> FinishBatchAsync(long batchId, CancellationToken cancellationToken = default) =>
        WriteAsync(connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var counts = ComputeCounts(connection, transaction, batchId);
            using (var update = Command(connection, transaction, """
                UPDATE batches SET status = 'termine', finished_at = $now, counts = $counts WHERE id = $id;
                """, ("$now", Now()), ("$counts", JsonSerializer.Serialize(counts, SqliteCountsJson.Options)), ("$id", batchId)))
            {
                if (update.ExecuteNonQuery() == 0)
                {
                    throw new KeyNotFoundException($"Le lot n° {batchId} n'existe pas.");
                }
            }

            var batch = LoadBatch(connection, transaction, batchId)!;
            transaction.Commit();
            RefreshStatistics(connection);
            return batch;
        }, cancellationToken);

    public Task InterruptBatchAsync(long batchId, CancellationToken cancellationToken = default) =>
        WriteAsync(connection =>
        {
            using var update = Command(connection, null,
                "UPDATE batches SET status = 'interrompu' WHERE id = $id AND status = 'en_cours';", ("$id", batchId));
            return update.ExecuteNonQuery();
        }, cancellationToken);

    public Task<StoredDocument?> GetDocumentAsync(string sha256, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => LoadDocument(connection, null, sha256), cancellationToken);

    public Task<IReadOnlyList<string>> FindDocumentsByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var normalized = (prefix ?? string.Empty).Trim().ToLowerInvariant();
        if (normalized.Length == 0 || !normalized.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')))
        {
            return Task.FromResult<IReadOnlyList<string>>([]);
        }

        return ReadAsync<IReadOnlyList<string>>(connection =>
        {
            // A range on the primary key: 'g' sorts after every hex digit.
            using var command = Command(connection, null,
                "SELECT sha256 FROM documents WHERE sha256 >= $low AND sha256 < $high ORDER BY sha256 LIMIT $limit;",
                ("$low", normalized), ("$high", normalized + "g"), ("$limit", limit));
            return ReadAll(command, r => r.GetString(0));
        }, cancellationToken);
    }

    public Task<StoredAct?> GetActAsync(long actId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            using var command = Command(connection, null,
                $"SELECT {SqliteCatalogRows.ActColumns} {SqliteCatalogRows.ActFrom} WHERE a.id = $id;", ("$id", actId));
            return ReadAll(command, SqliteCatalogRows.ReadAct).FirstOrDefault();
        }, cancellationToken);

    public Task<ActPage> ListActsAsync(ActQuery query, CancellationToken cancellationToken = default)
    {
        SqliteActQueryBuilder.Validate(query);
        return ReadAsync(connection =>
        {
            // Count and page in one read transaction, so they agree while a batch is being written.
            using var transaction = connection.BeginTransaction(deferred: true);
            using var count = SqliteActQueryBuilder.BuildCount(connection, query);
            count.Transaction = transaction;
            var total = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            using var list = SqliteActQueryBuilder.BuildList(connection, query);
            list.Transaction = transaction;
            var items = total == 0 ? [] : ReadAll(list, SqliteCatalogRows.ReadAct);
            transaction.Commit();
            return new ActPage(items, total, query.Offset, query.Limit);
        }, cancellationToken);
    }

    public Task<bool> MarkFiledAsync(long actId, CancellationToken cancellationToken = default) =>
        WriteAsync(connection =>
        {
            using var update = Command(connection, null,
                "UPDATE acts SET classement = 'classe', filed_at = $now WHERE id = $id;", ("$now", Now()), ("$id", actId));
            return update.ExecuteNonQuery() > 0;
        }, cancellationToken);

    public Task<DecisionRecord> RecordDecisionAsync(ActDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (string.IsNullOrWhiteSpace(decision.DecidedBy))
        {
            throw new ArgumentException("Une décision doit indiquer qui l'a prise.", nameof(decision));
        }

        var classement = decision.Kind switch
        {
            DecisionKind.Classer => Classement.Classe,
            DecisionKind.Renvoyer => Classement.Renvoye,
            _ => Classement.EnAttente,
        };
        return WriteAsync(connection =>
        {
            var now = Now();
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var update = Command(connection, transaction, """
                UPDATE acts SET classement = $classement, filed_at = CASE WHEN $classement = 'classe' THEN $now END,
                    decided_by = $by, decision_reason = $reason
                WHERE id = $id;
                """, ("$classement", classement.ToCode()), ("$now", now), ("$by", decision.DecidedBy.Trim()),
                ("$reason", SqliteValues.Db(decision.Reason)), ("$id", decision.ActId)))
            {
                if (update.ExecuteNonQuery() == 0)
                {
                    throw new KeyNotFoundException($"L'acte n° {decision.ActId} n'existe pas dans la GED.");
                }
            }

            long id;
            using (var insert = Command(connection, transaction, """
                INSERT INTO decisions (act_id, decided_by, decided_at, decision, reason) VALUES ($id, $by, $now, $kind, $reason) RETURNING id;
                """, ("$id", decision.ActId), ("$by", decision.DecidedBy.Trim()), ("$now", now),
                ("$kind", decision.Kind.ToCode()), ("$reason", SqliteValues.Db(decision.Reason))))
            {
                id = (long)insert.ExecuteScalar()!;
            }

            transaction.Commit();
            return new DecisionRecord(id, decision.ActId, decision.DecidedBy.Trim(),
                DateTimeOffset.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), decision.Kind, decision.Reason);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(long actId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<DecisionRecord>>(connection =>
        {
            using var command = Command(connection, null,
                $"SELECT {SqliteCatalogRows.DecisionColumns} FROM decisions WHERE act_id = $id ORDER BY id;", ("$id", actId));
            return ReadAll(command, SqliteCatalogRows.ReadDecision);
        }, cancellationToken);

    public Task<BatchInfo?> GetBatchAsync(long batchId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => LoadBatch(connection, null, batchId), cancellationToken);

    public Task<IReadOnlyList<BatchInfo>> ListBatchesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<BatchInfo>>(connection =>
        {
            using var command = Command(connection, null, $"SELECT {SqliteCatalogRows.BatchColumns} FROM batches b ORDER BY b.id DESC;");
            return ReadAll(command, r => SqliteCatalogRows.ReadBatch(r, id => ComputeCounts(connection, null, id)));
        }, cancellationToken);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writeGate.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;

            // Close the pooled reader connections too, so the file is released when the catalogue is.
            using var pooled = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(pooled);
        }
        finally
        {
            _writeGate.Release();
            _writeGate.Dispose();
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return work(EnsureWriter());
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_ready)
        {
            await WriteAsync(_ => 0, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var connection = OpenConnection();
        return work(connection);
    }

    /// <summary>The process's writer connection, created (and the schema migrated) on first use. Call under the gate.</summary>
    private SqliteConnection EnsureWriter()
    {
        if (_writer is not null)
        {
            return _writer;
        }

        CreatePrivateFolder(Path.GetDirectoryName(DatabasePath)!);
        var connection = OpenConnection();
        try
        {
            using (var wal = Command(connection, null, "PRAGMA journal_mode = WAL;"))
            {
                var mode = wal.ExecuteScalar() as string;
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    _logger.LogWarning("GED : le journal WAL n'a pas pu être activé (mode {Mode}).", mode);
                }
            }

            // NORMAL is durable across a killed process in WAL mode; a power cut may lose the last commits, which a
            // resumed batch simply redoes.
            using (var synchronous = Command(connection, null, "PRAGMA synchronous = NORMAL;"))
            {
                synchronous.ExecuteNonQuery();
            }

            var applied = new SqliteMigrator(SqliteMigrations.All, _timeProvider).Migrate(connection);
            if (applied > 0)
            {
                _logger.LogInformation("GED : catalogue mis au schéma {Version} ({Applied} étape(s)).", SqliteMigrations.All.Count, applied);
            }
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new GedStorageException($"Le catalogue de la GED ({DatabasePath}) ne peut pas être ouvert : {ex.Message}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _writer = connection;
        _ready = true;
        return connection;
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        // A larger page cache and memory-mapped reads: the random SHA-256 keys of the indexes otherwise make a bulk
        // write of tens of thousands of acts thrash SQLite's default 2 MiB cache.
        using var pragma = connection.CreateCommand();
        pragma.CommandText =
            "PRAGMA busy_timeout = " + _busyTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture) + ";" +
            "PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>
    /// Lets SQLite refresh its statistics after a batch, so the planner keeps choosing the selective index as the
    /// catalogue grows (e.g. sorting by agent through the agent index rather than sorting every pending act).
    /// Only tables never analysed or much grown since are analysed (0x10000: every table, not only those queried on
    /// this connection). The limit is large because a small sample misjudges columns with few values (classement).
    /// </summary>
    private static void RefreshStatistics(SqliteConnection connection)
    {
        using var optimize = connection.CreateCommand();
        optimize.CommandText = "PRAGMA analysis_limit = 200000; PRAGMA optimize = 0x10002;";
        optimize.ExecuteNonQuery();
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Now() => SqliteValues.Db(_timeProvider.GetUtcNow());

    private static void RequireOpenBatch(SqliteConnection connection, SqliteTransaction? transaction, long batchId)
    {
        using var command = Command(connection, transaction, "SELECT status FROM batches WHERE id = $id;", ("$id", batchId));
        var status = command.ExecuteScalar() as string
            ?? throw new KeyNotFoundException($"Le lot n° {batchId} n'existe pas.");
        if (CatalogCodes.ParseBatchStatus(status) == BatchStatus.Termine)
        {
            throw new InvalidOperationException($"Le lot n° {batchId} est terminé : il ne peut plus recevoir de document.");
        }
    }

    private static BatchInfo? LoadBatch(SqliteConnection connection, SqliteTransaction? transaction, long batchId)
    {
        using var command = Command(connection, transaction,
            $"SELECT {SqliteCatalogRows.BatchColumns} FROM batches b WHERE b.id = $id;", ("$id", batchId));
        return ReadAll(command, r => SqliteCatalogRows.ReadBatch(r, id => ComputeCounts(connection, transaction, id))).FirstOrDefault();
    }

    private static BatchCounts ComputeCounts(SqliteConnection connection, SqliteTransaction? transaction, long batchId)
    {
        using var items = Command(connection, transaction, """
            SELECT COUNT(*), COALESCE(SUM(state = 'traite'), 0), COALESCE(SUM(state = 'erreur'), 0), COALESCE(SUM(state = 'a_traiter'), 0)
            FROM batch_items WHERE batch_id = $id;
            """, ("$id", batchId));
        using var reader = items.ExecuteReader();
        reader.Read();
        var (total, processed, errors, pending) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        using var acts = Command(connection, transaction, """
            SELECT COUNT(*) FROM acts
            WHERE document_sha256 IN (SELECT sha256 FROM batch_items WHERE batch_id = $id AND state = 'traite' AND sha256 IS NOT NULL);
            """, ("$id", batchId));
        return new BatchCounts(total, processed, errors, pending, Convert.ToInt32(acts.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private static StoredDocument? LoadDocument(SqliteConnection connection, SqliteTransaction? transaction, string sha256)
    {
        if (!Sha256Key.IsValid(sha256))
        {
            return null;
        }

        StoredDocument? document;
        using (var command = Command(connection, transaction,
            $"SELECT {SqliteCatalogRows.DocumentColumns} FROM documents WHERE sha256 = $sha256;", ("$sha256", sha256)))
        {
            document = ReadAll(command, SqliteCatalogRows.ReadDocument).FirstOrDefault();
        }

        if (document is null)
        {
            return null;
        }

        IReadOnlyList<string> sources;
        using (var command = Command(connection, transaction,
            "SELECT source FROM document_sources WHERE sha256 = $sha256 ORDER BY first_seen_at, source;", ("$sha256", sha256)))
        {
            sources = ReadAll(command, r => r.GetString(0));
        }

        IReadOnlyList<StoredAct> acts;
        using (var command = Command(connection, transaction,
            $"SELECT {SqliteCatalogRows.ActColumns} {SqliteCatalogRows.ActFrom} WHERE a.document_sha256 = $sha256 ORDER BY a.act_index;",
            ("$sha256", sha256)))
        {
            acts = ReadAll(command, SqliteCatalogRows.ReadAct);
        }

        // The first name stays first even when another name sorts before it.
        var ordered = sources.Where(s => s == document.Source).Concat(sources.Where(s => s != document.Source)).ToArray();
        return document with { Sources = ordered.Length == 0 ? [document.Source] : ordered, Acts = acts };
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static List<T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, T> read)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
