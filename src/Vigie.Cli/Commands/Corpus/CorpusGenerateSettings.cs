using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Vigie.Cli.Commands.Corpus;

/// <summary>Arguments of <c>vigie corpus generate DIR [--count N] [--seed S] [--formats txt,pdf,docx,png] [--anomaly-rate 0.5]</c>.</summary>
public sealed class CorpusGenerateSettings : CommandSettings
{
    [CommandArgument(0, "<DOSSIER>")]
    [Description("Dossier où écrire le corpus et son labels.jsonl (créé au besoin).")]
    public string Directory { get; init; } = string.Empty;

    [CommandOption("-n|--count <N>")]
    [Description("Nombre d'actes (les non-actes et le fichier corrompu s'y ajoutent). Défaut : 500.")]
    public int Count { get; init; } = 500;

    [CommandOption("-s|--seed <GRAINE>")]
    [Description("Graine : la même graine redonne exactement les mêmes fichiers. Défaut : 20260301.")]
    public int Seed { get; init; } = 20260301;

    [CommandOption("-f|--formats <FORMATS>")]
    [Description("Formats séparés par des virgules parmi txt, pdf, docx, png. Défaut : tous.")]
    public string Formats { get; init; } = "txt,pdf,docx,png";

    [CommandOption("-a|--anomaly-rate <TAUX>")]
    [Description("Part des actes portant une anomalie injectée, entre 0 et 1. Défaut : 0.5.")]
    public string AnomalyRate { get; init; } = "0.5";

    [CommandOption("--styles <STYLES>")]
    [Description("Styles séparés par des virgules (commune_classique, grande_ville_delegation, etablissement_president, sirh_export, compact_articles). Défaut : tous.")]
    public string? Styles { get; init; }

    [CommandOption("--referentiels <DOSSIER>")]
    [Description("Dossier des référentiels (communes.json, epci.json). Défaut : ../shared/data/referentiels s'il existe, sinon une liste intégrée.")]
    public string? Referentiels { get; init; }

    [CommandOption("--truetype <PART>")]
    [Description("Part des PDF dessinés avec une police TrueType embarquée (plus lent), entre 0 et 1. Défaut : 0.3.")]
    public string TrueType { get; init; } = "0.3";

    public double AnomalyRateValue => double.Parse(AnomalyRate.Replace(',', '.'), CultureInfo.InvariantCulture);

    public double TrueTypeValue => double.Parse(TrueType.Replace(',', '.'), CultureInfo.InvariantCulture);

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Directory))
        {
            return ValidationResult.Error("Indiquez le dossier du corpus.");
        }

        if (!double.TryParse(AnomalyRate.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is < 0 or > 1)
        {
            return ValidationResult.Error("--anomaly-rate doit être un nombre entre 0 et 1 (par exemple 0.5).");
        }

        return !double.TryParse(TrueType.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || share is < 0 or > 1
            ? ValidationResult.Error("--truetype doit être un nombre entre 0 et 1.")
            : ValidationResult.Success();
    }
}
