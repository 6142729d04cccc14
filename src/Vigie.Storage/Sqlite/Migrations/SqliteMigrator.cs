using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigie.Storage.Sqlite.Migrations;

/// <summary>
/// Brings a catalogue to the latest schema: reads <c>schema_version</c>, applies the missing steps in order and
/// records each, all in one immediate transaction (SQLite DDL is transactional, so a kill leaves the old schema
/// whole, and two processes opening the same file migrate one after the other).
/// </summary>
internal sealed class SqliteMigrator
{
    private readonly IReadOnlyList<ISqliteMigration> _migrations;
    private readonly TimeProvider _timeProvider;

    public SqliteMigrator(IReadOnlyList<ISqliteMigration> migrations, TimeProvider timeProvider)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Étapes de schéma mal ordonnées : l'étape n° {i + 1} porte la version {migrations[i].Version}.");
            }
        }

        _migrations = migrations;
        _timeProvider = timeProvider;
    }

    public int LatestVersion => _migrations.Count;

    /// <summary>Applies what is missing; returns the number of steps applied.</summary>
    public int Migrate(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            );
            """);
        var current = CurrentVersion(connection, transaction);
        if (current > LatestVersion)
        {
            throw new GedStorageException(
                $"Le catalogue de la GED est au schéma {current}, plus récent que celui que connaît cette version de Vigie ({LatestVersion}) : mettez Vigie à jour.");
        }

        var applied = 0;
        foreach (var migration in _migrations.Where(m => m.Version > current))
        {
            migration.Apply(connection, transaction);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($version, $description, $at);";
            record.Parameters.AddWithValue("$version", migration.Version);
            record.Parameters.AddWithValue("$description", migration.Description);
            record.Parameters.AddWithValue("$at", SqliteValues.Db(_timeProvider.GetUtcNow()));
            record.ExecuteNonQuery();
            applied++;
        }

        transaction.Commit();
        return applied;
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    internal static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
