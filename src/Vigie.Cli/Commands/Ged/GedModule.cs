using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Storage;

namespace Vigie.Cli.Commands.Ged;

/// <summary>Looking inside the document store: <c>vigie ged list|show|export|lots</c>.</summary>
public sealed class GedModule : ICliModule
{
    public int Order => 40;

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddVigieStorage();

    public void AddCommands(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("ged", ged =>
        {
            ged.SetDescription("Consulte la GED : actes classés, documents d'origine, lots traités.");
            ged.AddCommand<GedListCommand>("list")
                .WithDescription("Liste les actes de la GED, avec filtres (collectivité, agent, type, verdict, classement, lot…).")
                .WithExample("ged", "list", "--collectivite", "\"Commune de Saint-Pair-sur-Mer\"", "--verdict", "a_corriger")
                .WithExample("ged", "list", "--agent", "dupont", "--json");
            ged.AddCommand<GedShowCommand>("show")
                .WithDescription("Affiche un acte (par son numéro) ou un document (par son empreinte SHA-256 ou son début).")
                .WithExample("ged", "show", "12")
                .WithExample("ged", "show", "3f2a9c1b");
            ged.AddCommand<GedExportCommand>("export")
                .WithDescription("Copie les originaux des actes choisis dans un dossier, rangés par collectivité et type, avec catalogue.csv et catalogue.json.")
                .WithExample("ged", "export", "export-gedd", "--lot", "3");
            ged.AddCommand<GedLotsCommand>("lots")
                .WithDescription("Liste les lots traités, avec leur état et leurs comptes.");
        });
    }
}
