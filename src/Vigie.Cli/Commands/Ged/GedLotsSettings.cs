using System.ComponentModel;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Ged;

public sealed class GedLotsSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Écrit les lots en JSON sur la sortie standard.")]
    public bool Json { get; init; }
}
