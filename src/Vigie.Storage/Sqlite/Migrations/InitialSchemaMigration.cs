using Microsoft.Data.Sqlite;

namespace Vigie.Storage.Sqlite.Migrations;

/// <summary>
/// Schema 1: batches, their inputs, documents (by SHA-256) and their names, acts, and the audit of decisions.
/// Every act row carries its collectivité (and a folded key of it, indexed) so that a data-layer filter can
/// confine each user to their collectivité; the searched columns are indexed. The acts' JSON (fields, anomalies)
/// lives in <c>act_contents</c>, so that searches and sorts scan narrow rows and only the shown page reads it.
/// </summary>
internal sealed class InitialSchemaMigration : ISqliteMigration
{
    public int Version => 1;

    public string Description => "Schéma initial : lots, entrées, documents, noms, actes, décisions";

    public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        SqliteMigrator.Execute(connection, transaction, """
            CREATE TABLE batches (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                started_at  TEXT NOT NULL,
                finished_at TEXT,
                status      TEXT NOT NULL CHECK (status IN ('en_cours', 'termine', 'interrompu')),
                inputs      TEXT NOT NULL,
                inputs_key  TEXT NOT NULL,
                counts      TEXT
            );
            CREATE INDEX ix_batches_inputs_key ON batches (inputs_key, status);

            CREATE TABLE documents (
                sha256        TEXT PRIMARY KEY,
                source        TEXT NOT NULL,
                format        TEXT,
                size_bytes    INTEGER NOT NULL,
                page_count    INTEGER,
                status        TEXT NOT NULL CHECK (status IN ('processed', 'error')),
                error         TEXT,
                first_seen_at TEXT NOT NULL,
                last_batch_id INTEGER REFERENCES batches (id)
            ) WITHOUT ROWID;

            CREATE TABLE document_sources (
                sha256        TEXT NOT NULL REFERENCES documents (sha256),
                source        TEXT NOT NULL,
                first_seen_at TEXT NOT NULL,
                PRIMARY KEY (sha256, source)
            ) WITHOUT ROWID;

            CREATE TABLE batch_items (
                batch_id      INTEGER NOT NULL REFERENCES batches (id),
                source        TEXT NOT NULL,
                sha256        TEXT,
                state         TEXT NOT NULL CHECK (state IN ('a_traiter', 'traite', 'erreur')),
                error_code    TEXT,
                error_message TEXT,
                seq           INTEGER NOT NULL,
                updated_at    TEXT NOT NULL,
                PRIMARY KEY (batch_id, source)
            ) WITHOUT ROWID;
            CREATE INDEX ix_batch_items_seq ON batch_items (batch_id, seq);

            CREATE TABLE acts (
                id               INTEGER PRIMARY KEY AUTOINCREMENT,
                document_sha256  TEXT NOT NULL REFERENCES documents (sha256),
                act_index        INTEGER NOT NULL,
                pages            TEXT NOT NULL,
                type             TEXT,
                collectivite     TEXT,
                collectivite_key TEXT,
                departement      TEXT,
                agent_nom        TEXT,
                agent_prenom     TEXT,
                agent_key        TEXT,
                grade            TEXT,
                date_effet       TEXT,
                date_signature   TEXT,
                verdict          TEXT,
                anomaly_count    INTEGER NOT NULL DEFAULT 0,
                search_text      TEXT NOT NULL DEFAULT '',
                classement       TEXT NOT NULL DEFAULT 'en_attente' CHECK (classement IN ('en_attente', 'classe', 'renvoye')),
                filed_at         TEXT,
                decided_by       TEXT,
                decision_reason  TEXT,
                created_at       TEXT NOT NULL,
                UNIQUE (document_sha256, act_index)
            );
            CREATE INDEX ix_acts_collectivite ON acts (collectivite_key, date_effet);
            CREATE INDEX ix_acts_agent ON acts (agent_key);
            CREATE INDEX ix_acts_type ON acts (type, date_effet);
            CREATE INDEX ix_acts_verdict ON acts (verdict, date_effet);
            CREATE INDEX ix_acts_classement ON acts (classement, date_effet);
            CREATE INDEX ix_acts_date_effet ON acts (date_effet);

            CREATE TABLE act_contents (
                act_id    INTEGER PRIMARY KEY REFERENCES acts (id),
                fields    TEXT NOT NULL,
                anomalies TEXT NOT NULL
            );

            CREATE TABLE decisions (
                id         INTEGER PRIMARY KEY AUTOINCREMENT,
                act_id     INTEGER NOT NULL REFERENCES acts (id),
                decided_by TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                decision   TEXT NOT NULL CHECK (decision IN ('classer', 'renvoyer', 'rouvrir')),
                reason     TEXT
            );
            CREATE INDEX ix_decisions_act ON decisions (act_id);
            """);
}
