using Microsoft.Data.Sqlite;

namespace Vigie.Storage.Sqlite.Migrations;

/// <summary>One step of the catalogue's schema, applied once, in version order, inside the migration transaction.</summary>
internal interface ISqliteMigration
{
    /// <summary>1, 2, 3… with no gap.</summary>
    int Version { get; }

    /// <summary>What the step changes, kept in <c>schema_version</c>.</summary>
    string Description { get; }

    void Apply(SqliteConnection connection, SqliteTransaction transaction);
}
