using System.ComponentModel;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Ged;

public sealed class GedShowSettings : CommandSettings
{
    [CommandArgument(0, "<ID|SHA>")]
    [Description("Numéro de l'acte, ou empreinte SHA-256 du document (ou ses premiers caractères, 6 au moins).")]
    public string Id { get; init; } = string.Empty;

    [CommandOption("--json")]
    [Description("Écrit l'acte ou le document en JSON sur la sortie standard.")]
    public bool Json { get; init; }
}
