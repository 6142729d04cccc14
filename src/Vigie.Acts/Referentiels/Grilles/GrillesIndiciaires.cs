using System.Collections.Frozen;

namespace Vigie.Acts.Referentiels.Grilles;

/// <summary>
/// The grilles indiciaires of <c>Grilles/grilles.json</c> (shared/domain/actes-rh.md §3), looked up by grade and date.
/// Only verified grids are there: a grade without a grid is not checked.
/// </summary>
public sealed class GrillesIndiciaires
{
    private readonly FrozenDictionary<string, Grille[]> _byGrade;

    internal GrillesIndiciaires(string source, string version, IReadOnlyList<Grille> grilles)
    {
        Source = source;
        Version = version;
        Grilles = grilles;
        _byGrade = grilles
            .SelectMany(g => g.Grades.Select(grade => (Key: GradeKey.Of(grade), Grille: g)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Grille).OrderBy(x => x.ValidFrom).ToArray(), StringComparer.Ordinal);
    }

    public string Source { get; }

    public string Version { get; }

    public IReadOnlyList<Grille> Grilles { get; }

    /// <summary>Every grade label that has a grid (catalogue labels, lower case).</summary>
    public IEnumerable<string> Grades => Grilles.SelectMany(g => g.Grades).Distinct(StringComparer.Ordinal);

    public static GrillesIndiciaires LoadEmbedded()
    {
        var file = EmbeddedReferentiel.Load<GrillesFile>("Grilles/grilles.json");
        return new GrillesIndiciaires(file.Source, file.Version, file.Grilles);
    }

    /// <summary>True when at least one grid (whatever its dates) exists for the grade.</summary>
    public bool HasGrade(string grade) => _byGrade.ContainsKey(GradeKey.Of(grade));

    /// <summary>The grid of the grade in force on the date, or null (unknown grade or no grid at that date).</summary>
    public Grille? Find(string grade, DateOnly date) =>
        _byGrade.TryGetValue(GradeKey.Of(grade), out var grilles) ? grilles.FirstOrDefault(g => g.InForceOn(date)) : null;

    /// <summary>"A", "B" or "C" for a grade with a grid, otherwise null.</summary>
    public string? CategoryOf(string grade) =>
        _byGrade.TryGetValue(GradeKey.Of(grade), out var grilles) ? grilles[^1].Categorie : null;

    /// <summary>The catalogue label of a grade written in any form, or null when it has no grid.</summary>
    public string? CanonicalLabel(string grade)
    {
        var key = GradeKey.Of(grade);
        return _byGrade.TryGetValue(key, out var grilles)
            ? grilles[0].Grades.First(g => GradeKey.Of(g) == key)
            : null;
    }
}
