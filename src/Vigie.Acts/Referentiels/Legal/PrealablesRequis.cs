using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Grilles;

namespace Vigie.Acts.Referentiels.Legal;

/// <summary>Which prerequisites each act type must cite (<c>Legal/prealables.json</c>).</summary>
public sealed class PrealablesRequis
{
    public const string Deliberation = "deliberation";
    public const string DeclarationVacance = "declaration_vacance";
    public const string ListeAptitude = "liste_aptitude";
    public const string TableauAvancement = "tableau_avancement";

    private readonly HashSet<string> _concours;
    private readonly HashSet<string> _sansConcours;

    internal PrealablesRequis(string source, IReadOnlyList<ExigencePrealable> exigences, ListeAptitudeGrades grades)
    {
        Source = source;
        Exigences = exigences;
        ListeAptitudeGrades = grades;
        _concours = grades.GradesConcours.Select(GradeKey.Of).ToHashSet(StringComparer.Ordinal);
        _sansConcours = grades.GradesSansConcours.Select(GradeKey.Of).ToHashSet(StringComparer.Ordinal);
    }

    public string Source { get; }

    public IReadOnlyList<ExigencePrealable> Exigences { get; }

    public ListeAptitudeGrades ListeAptitudeGrades { get; }

    public static PrealablesRequis LoadEmbedded()
    {
        var file = EmbeddedReferentiel.Load<PrealablesFile>("Legal/prealables.json");
        return new PrealablesRequis(file.Source, file.Exigences, file.ListeAptitudePourNomination);
    }

    /// <summary>
    /// The prerequisites of the type; for a contract, only when its legal basis (normalised "L332-14", "L332-8 2°")
    /// is one of the listed bases.
    /// </summary>
    public ExigencePrealable? For(ActType type, string? baseLegale)
    {
        var code = type.ToCode();
        foreach (var exigence in Exigences)
        {
            if (!string.Equals(exigence.Type, code, StringComparison.Ordinal))
            {
                continue;
            }

            if (exigence.Bases is null || (baseLegale is not null && exigence.Bases.Contains(baseLegale, StringComparer.Ordinal)))
            {
                return exigence;
            }
        }

        return null;
    }

    /// <summary>True for a grade reached by concours (a nomination stagiaire on it needs a liste d'aptitude).</summary>
    public bool IsConcoursGrade(string grade) => _concours.Contains(GradeKey.Of(grade));

    public bool IsOpenWithoutConcours(string grade) => _sansConcours.Contains(GradeKey.Of(grade));
}
