using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Documents;
using Vigie.Documents.Reading;
using Vigie.Privacy;

namespace Vigie.Cli.Commands.Privacy;

/// <summary>Personal data: <c>vigie anonymize</c> (contract: shared/spec/pii.md) and <c>vigie pii-eval</c>.</summary>
public sealed class PrivacyModule : ICliModule
{
    public int Order => 40;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddVigiePrivacy();
        if (!services.Any(d => d.ServiceType == typeof(DocumentReader)))
        {
            services.AddVigieDocuments();
        }

        services.AddSingleton<DocumentTextLoader>();
    }

    public void AddCommands(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddCommand<AnonymizeCommand>("anonymize")
            .WithDescription("Pseudonymise les données personnelles d'un document (ou de l'entrée standard), ou restaure un texte avec --restore.")
            .WithExample("anonymize", "courrier.docx")
            .WithExample("anonymize", "--json")
            .WithExample("anonymize", "reponse.txt", "--restore", "doc-20260101-101500-3f9a2c");
        config.AddCommand<PiiEvalCommand>("pii-eval")
            .WithDescription("Évalue la détection des données personnelles sur un corpus annoté (précision, rappel, F2, taux de fuite).")
            .WithExample("pii-eval", "tests/corpus/pii");
    }
}
