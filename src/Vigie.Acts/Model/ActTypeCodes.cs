using System.Collections.Frozen;
using System.Text.Json;

namespace Vigie.Acts.Model;

/// <summary>Conversion between <see cref="ActType"/> and its contract code.</summary>
public static class ActTypeCodes
{
    private static readonly FrozenDictionary<ActType, string> Codes =
        Enum.GetValues<ActType>().ToFrozenDictionary(t => t, t => JsonNamingPolicy.SnakeCaseUpper.ConvertName(t.ToString()));

    private static readonly FrozenDictionary<string, ActType> Types =
        Codes.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);

    public static string ToCode(this ActType type) => Codes[type];

    public static bool TryParse(string code, out ActType type) => Types.TryGetValue(code, out type);

    /// <summary>French label for people.</summary>
    public static string ToLabel(this ActType type) => type switch
    {
        ActType.NominationStagiaire => "Nomination stagiaire",
        ActType.Titularisation => "Titularisation",
        ActType.ProrogationStage => "Prorogation de stage",
        ActType.AvancementEchelon => "Avancement d'échelon",
        ActType.AvancementGrade => "Avancement de grade",
        ActType.PromotionInterne => "Promotion interne",
        ActType.Mutation => "Mutation",
        ActType.Detachement => "Détachement",
        ActType.Disponibilite => "Disponibilité",
        ActType.TempsPartiel => "Temps partiel",
        ActType.CongeParental => "Congé parental",
        ActType.RadiationRetraite => "Retraite / radiation des cadres",
        ActType.Contrat => "Contrat",
        ActType.Autre => "Autre acte",
        ActType.NonActe => "Pas un acte",
        _ => type.ToString(),
    };
}
