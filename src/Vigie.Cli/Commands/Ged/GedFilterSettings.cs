using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Acts.Model;
using Vigie.Storage.Catalog;

namespace Vigie.Cli.Commands.Ged;

/// <summary>The act filters shared by <c>ged list</c> and <c>ged export</c>.</summary>
public class GedFilterSettings : CommandSettings
{
    private static readonly string[] Verdicts = ["conforme", "a_corriger", "a_verifier"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    [CommandOption("--collectivite <NOM>")]
    [Description("Nom complet de la collectivité (casse et accents indifférents).")]
    public string? Collectivite { get; init; }

    [CommandOption("--agent <NOM>")]
    [Description("Nom ou prénom de l'agent, ou un morceau.")]
    public string? Agent { get; init; }

    [CommandOption("--type <TYPE>")]
    [Description("Type d'acte, par exemple AVANCEMENT_ECHELON, CONTRAT, TITULARISATION.")]
    public string? Type { get; init; }

    [CommandOption("--verdict <VERDICT>")]
    [Description("conforme, a_corriger ou a_verifier.")]
    public string? Verdict { get; init; }

    [CommandOption("--classement <ETAT>")]
    [Description("en_attente, classe ou renvoye.")]
    public string? Classement { get; init; }

    [CommandOption("--lot <ID>")]
    [Description("Numéro du lot (voir « vigie ged lots »).")]
    public long? Lot { get; init; }

    [CommandOption("--du <DATE>")]
    [Description("Date d'effet à partir de ce jour (AAAA-MM-JJ ou JJ/MM/AAAA).")]
    public string? From { get; init; }

    [CommandOption("--au <DATE>")]
    [Description("Date d'effet jusqu'à ce jour inclus (AAAA-MM-JJ ou JJ/MM/AAAA).")]
    public string? To { get; init; }

    [CommandOption("--texte <MOTS>")]
    [Description("Mots cherchés dans l'agent, la collectivité, le grade, le type ou le nom du fichier.")]
    public string? Text { get; init; }

    public override ValidationResult Validate()
    {
        if (Verdict is not null && !Verdicts.Contains(Verdict.Trim().ToLowerInvariant()))
        {
            return ValidationResult.Error($"Verdict inconnu « {Verdict} » : valeurs possibles conforme, a_corriger, a_verifier.");
        }

        if (Classement is not null && !CatalogCodes.TryParseClassement(Classement, out _))
        {
            return ValidationResult.Error($"Classement inconnu « {Classement} » : valeurs possibles en_attente, classe, renvoye.");
        }

        if (Type is not null && !ActTypeCodes.TryParse(Type.Trim(), out _))
        {
            var codes = string.Join(", ", Enum.GetValues<ActType>().Select(t => t.ToCode()));
            return ValidationResult.Error($"Type d'acte inconnu « {Type} » : valeurs possibles {codes}.");
        }

        if (From is not null && ParseDate(From) is null)
        {
            return ValidationResult.Error($"Date --du illisible « {From} » : écrivez AAAA-MM-JJ ou JJ/MM/AAAA.");
        }

        if (To is not null && ParseDate(To) is null)
        {
            return ValidationResult.Error($"Date --au illisible « {To} » : écrivez AAAA-MM-JJ ou JJ/MM/AAAA.");
        }

        return base.Validate();
    }

    /// <summary>The catalogue query these options describe (first page of 50).</summary>
    public ActQuery ToQuery() => new()
    {
        Collectivite = Collectivite,
        Agent = Agent,
        Type = Type,
        Verdict = Verdict,
        Classement = Classement is null ? null : CatalogCodes.ParseClassement(Classement),
        BatchId = Lot,
        DateFrom = From is null ? null : ParseDate(From),
        DateTo = To is null ? null : ParseDate(To),
        Text = Text,
    };

    private static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
