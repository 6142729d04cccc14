using System.ComponentModel;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Ged;

public sealed class GedExportSettings : GedFilterSettings
{
    [CommandArgument(0, "<DOSSIER>")]
    [Description("Dossier de destination (créé s'il n'existe pas).")]
    public string Directory { get; init; } = string.Empty;
}
