using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Check;

/// <summary>Arguments of <c>vigie check INPUT... --out DIR [--json]</c>.</summary>
public sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "<ENTREE>")]
    [Description("Fichiers (PDF, DOCX, ODT, TXT, PNG, JPEG, TIFF), dossiers (parcourus récursivement) ou archives ZIP.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DOSSIER>")]
    [Description("Dossier où écrire report.json, report.html et report.csv.")]
    public string? Out { get; init; }

    [CommandOption("--json")]
    [Description("Écrit aussi le rapport JSON sur la sortie standard.")]
    public bool Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Inputs.Length == 0)
        {
            return ValidationResult.Error("Indiquez au moins un fichier, dossier ou archive ZIP à contrôler.");
        }

        return string.IsNullOrWhiteSpace(Out)
            ? ValidationResult.Error("Indiquez le dossier du rapport avec --out DOSSIER.")
            : ValidationResult.Success();
    }
}
