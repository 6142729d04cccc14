namespace Vigie.Storage.Sqlite.Migrations;

/// <summary>Every schema step of the SQLite catalogue, in order. Add a step at the end; never edit a released one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<ISqliteMigration> All { get; } =
    [
        new InitialSchemaMigration(),
    ];
}
