using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Vigie.Acts;
using Vigie.Cli.Infrastructure;

namespace Vigie.Cli.Commands.Check;

/// <summary>The acts control: <c>vigie check</c>.</summary>
public sealed class CheckModule : ICliModule
{
    public int Order => 10;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddVigieActs();

    public void AddCommands(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<CheckCommand>("check")
            .WithDescription("Contrôle un lot d'actes RH (arrêtés, contrats) et écrit report.json, report.html et report.csv.")
            .WithExample("check", "samples", "--out", "rapport");
    }
}
