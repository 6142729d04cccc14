using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;

namespace Vigie.Cli.Commands.Corpus;

/// <summary>Evaluation tooling of the acts control: <c>vigie corpus generate</c> and <c>vigie eval</c>.</summary>
public sealed class CorpusModule : ICliModule
{
    public int Order => 15;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        // The commands need nothing beyond the console; the generator loads its data per run.
    }

    public void AddCommands(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch("corpus", corpus =>
        {
            corpus.SetDescription("Corpus d'actes synthétiques étiquetés pour mesurer le contrôle des actes.");
            corpus.AddCommand<CorpusGenerateCommand>("generate")
                .WithDescription("Génère un corpus d'actes étiquetés (TXT, PDF, DOCX, scans PNG, ZIP) et son labels.jsonl.")
                .WithExample("corpus", "generate", "corpus", "--count", "500", "--seed", "42");
            corpus.AddCommand<CorpusSamplesCommand>("samples")
                .WithDescription("Réécrit le lot d'exemples fourni (samples/) à partir de sa graine, avec ses étiquettes.")
                .WithExample("corpus", "samples", "samples", "--labels", "tests/corpus/samples.labels.jsonl");
        });
        config.AddCommand<EvalCommand>("eval")
            .WithDescription("Évalue un rapport de « vigie check » contre les étiquettes d'un corpus (précision, rappel, exactitude).")
            .WithExample("eval", "corpus", "--report", "rapport/report.json");
    }
}
