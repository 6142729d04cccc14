using System.Text.Json;

namespace Vigie.Acts.Corpus.Labels;

/// <summary>Contract codes of <see cref="ActKind"/> ("AVANCEMENT_ECHELON") and the non-act marker.</summary>
public static class ActKindCodes
{
    /// <summary>The code a document that is not an act gets in labels and the type confusion.</summary>
    public const string NonActe = "NON_ACTE";

    public static IReadOnlyList<ActKind> All { get; } = Enum.GetValues<ActKind>();

    public static string ToCode(this ActKind kind) => JsonNamingPolicy.SnakeCaseUpper.ConvertName(kind.ToString());

    public static bool TryParse(string code, out ActKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
