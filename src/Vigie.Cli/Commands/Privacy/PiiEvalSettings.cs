using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Privacy;

/// <summary>Arguments of <c>vigie pii-eval DIR [--errors]</c>.</summary>
public sealed class PiiEvalSettings : CommandSettings
{
    [CommandArgument(0, "<DOSSIER>")]
    [Description("Corpus annoté : fichiers .txt où chaque entité est balisée {{TYPE|texte}} ; chaque sous-dossier est évalué à part.")]
    public string Folder { get; init; } = string.Empty;

    [CommandOption("--errors")]
    [Description("Liste aussi les entités manquées et les fausses détections (textes du corpus).")]
    public bool Errors { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Folder) ? ValidationResult.Error("Indiquez le dossier du corpus annoté.") : ValidationResult.Success();
}
