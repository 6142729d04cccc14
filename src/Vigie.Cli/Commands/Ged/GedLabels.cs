using System.Globalization;
using Vigie.Acts.Model;
using Vigie.Storage.Catalog;

namespace Vigie.Cli.Commands.Ged;

/// <summary>French words and formats for what the GED stores as codes.</summary>
internal static class GedLabels
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Type(string? code) =>
        code is null ? "—" : ActTypeCodes.TryParse(code, out var type) ? type.ToLabel() : code;

    public static string Verdict(string? code) => code switch
    {
        null => "—",
        "conforme" => "Conforme",
        "a_corriger" => "À corriger",
        "a_verifier" => "À vérifier",
        _ => code,
    };

    /// <summary>Colour of a verdict on screen.</summary>
    public static Spectre.Console.Color VerdictColor(string? code) => code switch
    {
        "conforme" => Spectre.Console.Color.Green,
        "a_corriger" => Spectre.Console.Color.Red,
        "a_verifier" => Spectre.Console.Color.Yellow,
        _ => Spectre.Console.Color.Default,
    };

    public static string Classement(Classement classement) => classement switch
    {
        Storage.Catalog.Classement.Classe => "Classé",
        Storage.Catalog.Classement.Renvoye => "Renvoyé",
        _ => "En attente",
    };

    public static string Decision(DecisionKind kind) => kind switch
    {
        DecisionKind.Classer => "Classé",
        DecisionKind.Renvoyer => "Renvoyé",
        _ => "Rouvert",
    };

    public static string Batch(BatchStatus status) => status switch
    {
        BatchStatus.Termine => "Terminé",
        BatchStatus.Interrompu => "Interrompu",
        _ => "En cours",
    };

    public static string Document(DocumentStatus status) => status == DocumentStatus.Processed ? "Traité" : "En erreur";

    public static string Severity(string? code) => code switch
    {
        "bloquante" => "Bloquante",
        "majeure" => "Majeure",
        "mineure" => "Mineure",
        _ => code ?? "—",
    };

    public static string Agent(string? nom, string? prenom)
    {
        var name = string.Join(' ', new[] { nom, prenom }.Where(v => !string.IsNullOrWhiteSpace(v)));
        return name.Length == 0 ? "—" : name;
    }

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", French) ?? "—";

    public static string Time(DateTimeOffset? time) => time?.ToLocalTime().ToString("dd/MM/yyyy HH:mm", French) ?? "—";

    public static string Number(long value) => value.ToString("N0", French);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(French)} o",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("N1", French)} Kio",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("N1", French)} Mio",
    };

    public static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;
}
