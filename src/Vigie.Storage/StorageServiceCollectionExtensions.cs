using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vigie.Storage.Catalog;
using Vigie.Storage.Export;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite;

namespace Vigie.Storage;

/// <summary>Registers the GED: options (section "Storage"), the originals store, the catalogue of the configured provider, the exporter.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the document store. Needs <see cref="IConfiguration"/> in the container. Safe to call from several
    /// modules: the services are added once.
    /// </summary>
    public static IServiceCollection AddVigieStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((o, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(o.DataDirectory))
                {
                    var shared = configuration["Vigie:DataDirectory"];
                    o.DataDirectory = string.IsNullOrWhiteSpace(shared) ? ".vigie" : shared;
                }
            });
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOriginalStore>(sp => new FileSystemOriginalStore(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ObjectsDirectory,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<FileSystemOriginalStore>>()));
        services.TryAddSingleton<IGedCatalog>(CreateCatalog);
        services.TryAddSingleton<GedExporter>();
        return services;
    }

    private static IGedCatalog CreateCatalog(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        // The validator has already refused any other provider; the switch is where PostgreSQL will come in.
        return options.Provider.Trim().ToLowerInvariant() switch
        {
            StorageOptions.SqliteProvider => new SqliteGedCatalog(
                options.CatalogPath,
                services.GetRequiredService<TimeProvider>(),
                services.GetService<ILogger<SqliteGedCatalog>>(),
                options.BusyTimeoutSeconds),
            _ => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions),
                [$"Storage:Provider « {options.Provider} » n'est pas pris en charge."]),
        };
    }
}
