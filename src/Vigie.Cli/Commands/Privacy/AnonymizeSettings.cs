using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Privacy;

/// <summary>Arguments of <c>vigie anonymize FILE|- [--json] [--restore MAPPING] [--conversation ID]</c>.</summary>
public sealed class AnonymizeSettings : CommandSettings
{
    /// <summary>
    /// The document; empty or "-" reads standard input. Spectre.Console.Cli takes a lone "-" for an option, so the
    /// contract's "vigie anonymize -" is written "vigie anonymize" (or "vigie anonymize -- -").
    /// </summary>
    [CommandArgument(0, "[FICHIER]")]
    [Description("Document à traiter (PDF, DOCX, ODT, TXT, image) ; sans fichier (ou avec « -- - »), lit un texte UTF-8 sur l'entrée standard.")]
    public string Input { get; init; } = "-";

    [CommandOption("--json")]
    [Description("Écrit le résultat au format JSON « vigie.pii/1 » (texte, entités, positions).")]
    public bool Json { get; init; }

    [CommandOption("--restore <TABLE>")]
    [Description("Restaure les originaux dans le texte à l'aide de la table de correspondance indiquée (identifiant donné lors de la pseudonymisation).")]
    public string? Restore { get; init; }

    [CommandOption("--conversation <ID>")]
    [Description("Identifiant de table à utiliser ou à compléter (mêmes marqueurs d'un document à l'autre) ; par défaut une nouvelle table.")]
    public string? Conversation { get; init; }

    public override ValidationResult Validate()
    {
        if (Restore is not null && Conversation is not null)
        {
            return ValidationResult.Error("--restore et --conversation ne vont pas ensemble : --restore désigne déjà la table.");
        }

        return Restore is { Length: 0 } ? ValidationResult.Error("--restore attend l'identifiant d'une table de correspondance.") : ValidationResult.Success();
    }
}
