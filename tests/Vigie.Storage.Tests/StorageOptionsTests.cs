using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite;
using Vigie.Tests.Shared;

namespace Vigie.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void AddVigieStorage_NoStorageSection_UsesVigieDataDirectory()
    {
        var data = TestPaths.NewTempDirectory();
        using var services = Build(new() { ["Vigie:DataDirectory"] = data });

        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var catalog = Assert.IsType<SqliteGedCatalog>(services.GetRequiredService<IGedCatalog>());
        var originals = Assert.IsType<FileSystemOriginalStore>(services.GetRequiredService<IOriginalStore>());

        Assert.Equal("sqlite", options.Provider);
        Assert.Equal(Path.Combine(data, "ged", "catalogue.db"), catalog.DatabasePath);
        Assert.Equal(Path.Combine(data, "ged", "objects"), originals.ObjectsDirectory);
    }

    [Fact]
    public void AddVigieStorage_StorageDataDirectory_WinsOverVigieSetting()
    {
        var data = TestPaths.NewTempDirectory();
        using var services = Build(new() { ["Vigie:DataDirectory"] = "/ailleurs", ["Storage:DataDirectory"] = data });

        Assert.Equal(Path.Combine(data, "ged"), services.GetRequiredService<IOptions<StorageOptions>>().Value.GedDirectory);
    }

    [Fact]
    public void AddVigieStorage_NothingConfigured_DefaultsToDotVigie()
    {
        using var services = Build([]);

        Assert.Equal(Path.GetFullPath(Path.Combine(".vigie", "ged")), services.GetRequiredService<IOptions<StorageOptions>>().Value.GedDirectory);
    }

    [Fact]
    public void AddVigieStorage_UnknownProvider_FailsWithSettingNameInFrench()
    {
        using var services = Build(new() { ["Storage:Provider"] = "postgresql" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IGedCatalog>());

        Assert.Contains("Storage:Provider « postgresql » n'est pas pris en charge", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddVigieStorage_CalledTwice_RegistersOneCatalog()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());

        services.AddVigieStorage().AddVigieStorage();

        Assert.Single(services, d => d.ServiceType == typeof(IGedCatalog));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddVigieStorage();
        return services.BuildServiceProvider();
    }
}
