using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Corpus;

/// <summary>Arguments of <c>vigie eval CORPUS_DIR --report report.json [--out DIR]</c>.</summary>
public sealed class EvalSettings : CommandSettings
{
    [CommandArgument(0, "<CORPUS>")]
    [Description("Dossier du corpus étiqueté (contenant labels.jsonl), ou le fichier labels.jsonl lui-même.")]
    public string Corpus { get; init; } = string.Empty;

    [CommandOption("-r|--report <RAPPORT>")]
    [Description("Le report.json écrit par « vigie check CORPUS --out DOSSIER ».")]
    public string? Report { get; init; }

    [CommandOption("-o|--out <DOSSIER>")]
    [Description("Dossier où écrire evaluation.md et evaluation.json. Défaut : le dossier du rapport.")]
    public string? Out { get; init; }

    [CommandOption("--title <TITRE>")]
    [Description("Titre de evaluation.md.")]
    public string? Title { get; init; }

    public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Corpus)
        ? ValidationResult.Error("Indiquez le dossier du corpus étiqueté.")
        : ValidationResult.Success();
}
