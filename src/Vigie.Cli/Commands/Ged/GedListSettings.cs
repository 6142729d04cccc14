using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Storage.Catalog;

namespace Vigie.Cli.Commands.Ged;

public sealed class GedListSettings : GedFilterSettings
{
    [CommandOption("--limit <N>")]
    [Description("Nombre d'actes affichés au plus.")]
    [DefaultValue(50)]
    public int Limit { get; init; } = 50;

    [CommandOption("--json")]
    [Description("Écrit la liste en JSON sur la sortie standard.")]
    public bool Json { get; init; }

    public override ValidationResult Validate() =>
        Limit is < 1 or > ActQuery.MaxLimit
            ? ValidationResult.Error($"--limit doit être compris entre 1 et {ActQuery.MaxLimit}.")
            : base.Validate();
}
