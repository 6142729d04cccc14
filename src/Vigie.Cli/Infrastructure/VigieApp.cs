using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Infrastructure;

/// <summary>Builds the <c>vigie</c> command-line application: configuration, services and every <see cref="ICliModule"/>.</summary>
public static class VigieApp
{
    /// <summary>Creates the application. <paramref name="console"/> lets tests read the output as a user sees it.</summary>
    public static CommandApp Create(IAnsiConsole? console = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = BuildConfiguration(settings);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging(logging =>
        {
            // Logs go to standard error so that --json output stays clean; they never carry personal data.
            logging.SetMinimumLevel(configuration.GetValue("Logging:LogLevel:Default", LogLevel.Warning));
            logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        if (console is not null)
        {
            services.AddSingleton(console);
        }
        else
        {
            services.AddSingleton(AnsiConsole.Console);
        }

        var modules = typeof(VigieApp).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliModule).IsAssignableFrom(t))
            .Select(t => (ICliModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Order)
            .ToArray();
        foreach (var module in modules)
        {
            module.AddServices(services, configuration);
        }

        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("vigie");
            config.SetApplicationVersion(typeof(VigieApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");
            config.SetApplicationCulture(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }

            config.SetExceptionHandler((ex, _) =>
            {
                var target = console ?? AnsiConsole.Console;
                target.MarkupLineInterpolated($"[red]Erreur :[/] {ex.Message}");
                return ex is CommandParseException or CommandRuntimeException ? ExitCodes.BadUsage : ExitCodes.Failure;
            });
            foreach (var module in modules)
            {
                module.AddCommands(config);
            }
        });
        return app;
    }

    /// <summary>
    /// Settings, later ones winning: built-in defaults, <c>appsettings.json</c> beside the program,
    /// <c>vigie.json</c> in the working directory, environment variables <c>VIGIE__Section__Key</c>, then <paramref name="settings"/>.
    /// </summary>
    public static IConfigurationRoot BuildConfiguration(IDictionary<string, string?>? settings = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "vigie.json"), optional: true)
            .AddEnvironmentVariables("VIGIE__")
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
}
