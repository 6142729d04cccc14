using System.Globalization;
using Vigie.Acts.Corpus.Referentiels;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// What the clauses of one act share: the scenario, its random source, the wording choices of the act (date
/// writing, indices layout) and the content being written.
/// </summary>
public sealed class WritingContext
{
    public WritingContext(Random random, ActScenario scenario, ActContent content)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(scenario);
        Random = random;
        Scenario = scenario;
        Content = content;
        Dates = scenario.Style switch
        {
            HouseStyle.SirhExport => DateWriting.Digits,
            HouseStyle.CompactArticles => random.Chance(0.5) ? DateWriting.Digits : DateWriting.MonthInLetters,
            HouseStyle.GrandeVilleDelegation => random.Chance(0.3) ? DateWriting.Digits : DateWriting.MonthInLetters,
            _ => DateWriting.MonthInLetters,
        };
        IndicesLayout = random.Next(3);
        EchelonSuffix = random.Chance(0.25) ? "ème" : "e";
    }

    public Random Random { get; }

    public ActScenario Scenario { get; }

    public ActContent Content { get; }

    public DateWriting Dates { get; }

    private int IndicesLayout { get; }

    private string EchelonSuffix { get; }

    public string Date(DateOnly date) => FrenchDates.Write(date, Dates);

    /// <summary>"Mme Claire DUPONT".</summary>
    public string Agent => Scenario.Agent.Complet;

    /// <summary>"l'intéressée" / "l'intéressé".</summary>
    public string Interesse => Scenario.Agent.Feminine ? "l'intéressée" : "l'intéressé";

    /// <summary>"e" for feminine agreement of participles.</summary>
    public string E => Scenario.Agent.Feminine ? "e" : string.Empty;

    /// <summary>Grade as written in the body (the catalogue label, occasionally capitalised).</summary>
    public string GradeText(GradeGrid grade) => Scenario.Style == HouseStyle.SirhExport
        ? char.ToUpperInvariant(grade.Label[0]) + grade.Label[1..]
        : grade.Label;

    /// <summary>"5e échelon" / "5ème échelon" / "1er échelon".</summary>
    public string EchelonText(int echelon) =>
        echelon == 1 ? "1er échelon" : echelon.ToString(CultureInfo.InvariantCulture) + EchelonSuffix + " échelon";

    /// <summary>The indices as this act writes them, or an empty string when it writes none.</summary>
    public string IndicesText(int? ib, int? im)
    {
        if (ib is null && im is null)
        {
            return string.Empty;
        }

        if (ib is null)
        {
            return $"indice majoré {im}";
        }

        return IndicesLayout switch
        {
            0 => $"indice brut {ib}, indice majoré {im}",
            1 => $"IB {ib} / IM {im}",
            _ => $"IB : {ib} – IM : {im}",
        };
    }

    /// <summary>Sets the label fields of grade, échelon and indices as the act writes them.</summary>
    public void LabelCareer(GradeGrid? grade, bool withEchelon)
    {
        var f = Content.Fields;
        f.Grade = grade?.Label;
        if (withEchelon)
        {
            f.Echelon = Scenario.Echelon;
            f.IndiceBrut = Scenario.IndiceBrut;
            f.IndiceMajore = Scenario.IndiceMajore;
        }
    }

    /// <summary>Base visas on the career of a grade (statut particulier, common provisions, indices).</summary>
    public void GradeVisas(GradeGrid grade, bool withIndices)
    {
        Content.Visas.Add("Vu le " + grade.StatutParticulier);
        if (grade.DispositionsCommunes is not null)
        {
            Content.Visas.Add("Vu le " + grade.DispositionsCommunes);
        }

        if (withIndices)
        {
            Content.Visas.Add("Vu le " + grade.DecretIndices);
        }
    }

    /// <summary>Visa of the provisions on stagiaires current at the act's date (décret 92-1194 until 30 Sept 2025).</summary>
    public void StagiaireVisa()
    {
        Content.Visas.Add(Scenario.DateSignature < new DateOnly(2025, 10, 1)
            ? "Vu le décret n° 92-1194 du 4 novembre 1992 fixant les dispositions communes applicables aux fonctionnaires stagiaires de la fonction publique territoriale"
            : "Vu les articles R. 327-1 et suivants du code général de la fonction publique relatifs aux fonctionnaires stagiaires");
    }

    /// <summary>"d'adjoint technique", "de rédacteur": "de" elided before a vowel.</summary>
    public static string De(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        return "AEIOUÉaeiouéèêâî".Contains(word[0], StringComparison.Ordinal) ? "d'" + word : "de " + word;
    }

    /// <summary>A date of a délibération some years before the act.</summary>
    public DateOnly PastDate(int minDays, int maxDays) => Scenario.DateSignature.AddDays(-Random.Next(minDays, maxDays));
}
