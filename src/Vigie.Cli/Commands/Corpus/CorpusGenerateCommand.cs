using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Acts.Corpus.Generation;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Cli.Infrastructure;

namespace Vigie.Cli.Commands.Corpus;

/// <summary><c>vigie corpus generate</c>: writes a labelled synthetic corpus of acts.</summary>
public sealed class CorpusGenerateCommand(IAnsiConsole console) : Command<CorpusGenerateSettings>
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public override int Execute(CommandContext context, CorpusGenerateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var styles = new List<HouseStyle>();
        foreach (var code in (settings.Styles ?? string.Join(',', HouseStyleCodes.All.Select(s => s.ToCode()))).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!HouseStyleCodes.TryParse(code, out var style))
            {
                console.MarkupLineInterpolated($"[red]Style inconnu :[/] {code}");
                return ExitCodes.BadUsage;
            }

            styles.Add(style);
        }

        var options = new CorpusOptions
        {
            Count = settings.Count,
            Seed = settings.Seed,
            Formats = settings.Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).ToArray(),
            AnomalyRate = settings.AnomalyRateValue,
            TrueTypeShare = settings.TrueTypeValue,
            Styles = styles,
        };
        var problem = options.Validate();
        if (problem is not null)
        {
            console.MarkupLineInterpolated($"[red]{problem}[/]");
            return ExitCodes.BadUsage;
        }

        var referentielsDirectory = settings.Referentiels ?? FindSharedReferentiels();
        if (settings.Referentiels is not null && !Directory.Exists(settings.Referentiels))
        {
            console.MarkupLineInterpolated($"[red]Dossier des référentiels introuvable :[/] {settings.Referentiels}");
            return ExitCodes.BadUsage;
        }

        CorpusSummary summary;
        try
        {
            var referentiels = CorpusReferentiels.Load(referentielsDirectory);
            summary = console.Status().Start("Génération du corpus…", _ =>
                new CorpusGenerator(referentiels).Generate(Path.GetFullPath(settings.Directory), options, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("[yellow]Génération interrompue.[/]");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            console.MarkupLineInterpolated($"[red]Le corpus n'a pas pu être généré :[/] {e.Message}");
            return ExitCodes.Failure;
        }

        console.MarkupLineInterpolated($"[green]Corpus écrit[/] dans {summary.Directory} : {summary.Acts.ToString("N0", French)} actes dans {summary.Documents.ToString("N0", French)} documents.");
        var table = new Table().AddColumn("Format").AddColumn(new TableColumn("Actes").RightAligned());
        foreach (var (format, count) in summary.ActsByFormat)
        {
            table.AddRow(format, count.ToString("N0", French));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Anomalies injectées : {summary.InjectedByCode.Values.Sum().ToString("N0", French)} sur {summary.InjectedByCode.Count} codes ; étiquettes : {summary.LabelsPath}");
        foreach (var note in summary.Notes)
        {
            console.MarkupLineInterpolated($"[yellow]Note :[/] {note}");
        }

        console.MarkupLineInterpolated($"Ensuite : vigie check {settings.Directory} --out rapport puis vigie eval {settings.Directory} --report rapport/report.json");
        return ExitCodes.Ok;
    }

    /// <summary>shared/data/referentiels beside the repository (or VIGIE_SHARED), null when absent.</summary>
    private static string? FindSharedReferentiels()
    {
        var candidates = new List<string>();
        var shared = Environment.GetEnvironmentVariable("VIGIE_SHARED");
        if (!string.IsNullOrEmpty(shared))
        {
            candidates.Add(Path.Combine(shared, "data", "referentiels"));
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, "shared", "data", "referentiels"));
        }

        return candidates.FirstOrDefault(Directory.Exists);
    }
}
