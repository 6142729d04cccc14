using System.Text.RegularExpressions;

namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>
/// The comparison key of a grade label: lower case, no accents, "2ème classe" → "2e classe", "1ère" → "1re",
/// without the word "territorial", so that "Adjoint administratif territorial principal de 2ème classe" and the
/// catalogue label "adjoint administratif principal de 2e classe" compare equal.
/// </summary>
public static partial class GradeKey
{
    public static string Of(string grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var folded = TextFolding.Fold(grade);
        folded = SecondRegex().Replace(folded, "2e");
        folded = FirstRegex().Replace(folded, "1re");
        folded = TerritorialRegex().Replace(folded, " ");
        folded = SpacesRegex().Replace(folded, " ").Trim();
        return PrincipalRegex().Replace(folded, "principal de $1 classe");
    }

    [GeneratedRegex(@"\b(?:2\s*(?:e|eme|nde|d)|deuxieme|seconde)\b")]
    private static partial Regex SecondRegex();

    [GeneratedRegex(@"\b(?:1\s*(?:re|ere|er)|premiere)\b")]
    private static partial Regex FirstRegex();

    [GeneratedRegex(@"\bterritori(?:al|ale|aux|ales)\b")]
    private static partial Regex TerritorialRegex();

    [GeneratedRegex(@"principal (?:de )?(1re|2e) classe")]
    private static partial Regex PrincipalRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesRegex();
}
