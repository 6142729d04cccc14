namespace Vigie.Acts.Corpus.Generation;

/// <summary>Label codes of the house styles ("commune_classique"…).</summary>
public static class HouseStyleCodes
{
    public static IReadOnlyList<HouseStyle> All { get; } = Enum.GetValues<HouseStyle>();

    public static string ToCode(this HouseStyle style) => style switch
    {
        HouseStyle.CommuneClassique => "commune_classique",
        HouseStyle.GrandeVilleDelegation => "grande_ville_delegation",
        HouseStyle.EtablissementPresident => "etablissement_president",
        HouseStyle.SirhExport => "sirh_export",
        HouseStyle.CompactArticles => "compact_articles",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    public static bool TryParse(string code, out HouseStyle style)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                style = candidate;
                return true;
            }
        }

        style = default;
        return false;
    }
}
