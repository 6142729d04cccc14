using Microsoft.Data.Sqlite;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite;
using Vigie.Tests.Shared;

namespace Vigie.Storage.Tests.Support;

/// <summary>A real GED (SQLite file and objects folder) in a fresh temporary folder.</summary>
internal sealed class TempGed : IDisposable
{
    public TempGed(TimeProvider? timeProvider = null)
    {
        DataDirectory = TestPaths.NewTempDirectory();
        Options = new StorageOptions { DataDirectory = DataDirectory };
        Catalog = new SqliteGedCatalog(Options.CatalogPath, timeProvider);
        Originals = new FileSystemOriginalStore(Options.ObjectsDirectory, timeProvider);
    }

    public string DataDirectory { get; }

    public StorageOptions Options { get; }

    public SqliteGedCatalog Catalog { get; }

    public FileSystemOriginalStore Originals { get; }

    /// <summary>A second, independent connection to the same file, to look at it as another process would.</summary>
    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={Options.CatalogPath};Pooling=False");
        connection.Open();
        return connection;
    }

    public long Count(string sqlFromWhere)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) " + sqlFromWhere;
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        Catalog.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind does no harm.
        }
    }
}
