using Microsoft.Data.Sqlite;
using Vigie.Storage.Sqlite;
using Vigie.Storage.Sqlite.Migrations;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Catalog;

public sealed class MigrationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_EmptyFolder_CreatesSchemaInWalModeAndRecordsVersion()
    {
        using var ged = new TempGed();

        var version = await ged.Catalog.InitializeAsync(Token);

        Assert.Equal(SqliteMigrations.All.Count, version);
        Assert.True(File.Exists(ged.Options.CatalogPath));
        using var connection = ged.OpenRaw();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;");
        Assert.Equal(["act_contents", "acts", "batch_items", "batches", "decisions", "document_sources", "documents", "schema_version"], tables);
        var indexes = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'acts' AND name LIKE 'ix_%';");
        Assert.Contains("ix_acts_collectivite", indexes);
        Assert.Contains("ix_acts_agent", indexes);
        Assert.Contains("ix_acts_date_effet", indexes);
        Assert.Equal(1L, Scalar(connection, "SELECT COUNT(*) FROM schema_version;"));
    }

    [Fact]
    public async Task Initialize_Twice_AppliesNothingTheSecondTime()
    {
        using var ged = new TempGed();
        await ged.Catalog.InitializeAsync(Token);

        using var again = new SqliteGedCatalog(ged.Options.CatalogPath);
        var version = await again.InitializeAsync(Token);

        Assert.Equal(SqliteMigrations.All.Count, version);
        Assert.Equal(SqliteMigrations.All.Count, ged.Count("FROM schema_version"));
    }

    [Fact]
    public void Migrate_NewStepAdded_AppliesOnlyTheNewStepInOrder()
    {
        using var ged = new TempGed();
        Directory.CreateDirectory(ged.Options.GedDirectory);
        using var connection = ged.OpenRaw();
        new SqliteMigrator(SqliteMigrations.All, TimeProvider.System).Migrate(connection);

        var applied = new SqliteMigrator([.. SqliteMigrations.All, new AddNoteColumn()], TimeProvider.System).Migrate(connection);

        Assert.Equal(1, applied);
        Assert.Equal(2L, Scalar(connection, "SELECT MAX(version) FROM schema_version;"));
        Assert.Contains("note", Strings(connection, "SELECT name FROM pragma_table_info('acts');"));
    }

    [Fact]
    public async Task Initialize_CatalogueFromNewerVigie_ThrowsFrenchError()
    {
        using var ged = new TempGed();
        await ged.Catalog.InitializeAsync(Token);
        using (var connection = ged.OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO schema_version VALUES (99, 'futur', '2030-01-01T00:00:00Z');";
            command.ExecuteNonQuery();
        }

        using var newer = new SqliteGedCatalog(ged.Options.CatalogPath);
        var error = await Assert.ThrowsAsync<GedStorageException>(() => newer.InitializeAsync(Token));

        Assert.Contains("plus récent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrator_StepsOutOfOrder_IsRejected()
    {
        Assert.Throws<InvalidOperationException>(() => new SqliteMigrator([new AddNoteColumn()], TimeProvider.System));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private sealed class AddNoteColumn : ISqliteMigration
    {
        public int Version => 2;

        public string Description => "Test : colonne note";

        public void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
            SqliteMigrator.Execute(connection, transaction, "ALTER TABLE acts ADD COLUMN note TEXT;");
    }
}
