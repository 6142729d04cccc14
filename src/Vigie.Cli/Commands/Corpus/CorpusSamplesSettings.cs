using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Corpus;

/// <summary>Arguments of <c>vigie corpus samples DIR --labels FILE [--seed S]</c>.</summary>
public sealed class CorpusSamplesSettings : CommandSettings
{
    [CommandArgument(0, "<DOSSIER>")]
    [Description("Dossier où écrire le lot d'exemples (par exemple samples).")]
    public string Directory { get; init; } = string.Empty;

    [CommandOption("-l|--labels <FICHIER>")]
    [Description("Fichier où écrire les étiquettes (hors du dossier, pour que « vigie check » ne le lise pas).")]
    public string? Labels { get; init; }

    [CommandOption("-s|--seed <GRAINE>")]
    [Description("Graine. Défaut : 2026 (celle du lot fourni).")]
    public int Seed { get; init; } = 2026;

    public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Directory) || string.IsNullOrWhiteSpace(Labels)
        ? ValidationResult.Error("Indiquez le dossier du lot et le fichier des étiquettes (--labels).")
        : ValidationResult.Success();
}
