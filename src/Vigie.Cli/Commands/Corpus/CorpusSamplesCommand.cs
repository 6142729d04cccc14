using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Acts.Corpus.Generation;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Cli.Infrastructure;

namespace Vigie.Cli.Commands.Corpus;

/// <summary><c>vigie corpus samples</c>: rebuilds the bundled sample batch (samples/) from its seed.</summary>
public sealed class CorpusSamplesCommand(IAnsiConsole console) : Command<CorpusSamplesSettings>
{
    public override int Execute(CommandContext context, CorpusSamplesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var labels = new SampleBatch(CorpusReferentiels.BuiltIn()).Write(Path.GetFullPath(settings.Directory), Path.GetFullPath(settings.Labels!), settings.Seed);
            console.MarkupLineInterpolated($"[green]Lot d'exemples écrit[/] dans {settings.Directory} : {labels.Count} documents, {labels.Sum(l => l.Acts.Count)} actes ; étiquettes : {settings.Labels}");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            console.MarkupLineInterpolated($"[red]Le lot n'a pas pu être écrit :[/] {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
