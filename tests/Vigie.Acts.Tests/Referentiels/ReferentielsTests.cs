using System.Text.Json;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Durees;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Referentiels.Tribunaux;
using Vigie.Tests.Shared;

namespace Vigie.Acts.Tests.Referentiels;

public sealed class ReferentielsTests
{
    private static readonly GrillesIndiciaires Grilles = GrillesIndiciaires.LoadEmbedded();
    private static readonly BaremeIbIm Bareme = BaremeIbIm.LoadEmbedded();
    private static readonly TribunauxAdministratifs Tribunaux = TribunauxAdministratifs.LoadEmbedded();

    [Fact]
    public void Tribunaux_EveryMetropolitanDepartement_BelongsToExactlyOneTribunal()
    {
        var metropolitan = Tribunaux.Departements.Where(d => !d.OutreMer).Select(d => d.Code).ToList();

        Assert.Equal(96, metropolitan.Count);
        foreach (var code in metropolitan)
        {
            Assert.Single(Tribunaux.Tribunaux, t => t.Departements.Contains(code));
        }
    }

    [Theory]
    [InlineData("50", "tribunal administratif de Caen")]
    [InlineData("2A", "tribunal administratif de Bastia")]
    [InlineData("2b", "tribunal administratif de Bastia")]
    [InlineData("1", "tribunal administratif de Lyon")]
    [InlineData("93", "tribunal administratif de Montreuil")]
    [InlineData("971", "tribunal administratif de la Guadeloupe")]
    [InlineData("976", "tribunal administratif de Mayotte")]
    [InlineData("984", "tribunal administratif de La Réunion")]
    public void Tribunaux_ForDepartement_FollowsR2213(string code, string expected)
    {
        Assert.Equal(expected, Tribunaux.ForDepartement(code)?.Nom);
    }

    [Fact]
    public void Tribunaux_EveryOverseasDepartementAndCollectivite_HasATribunal()
    {
        Assert.All(Tribunaux.Departements.Where(d => d.OutreMer), d => Assert.NotNull(Tribunaux.ForDepartement(d.Code)));
    }

    [Fact]
    public void Tribunaux_MatchesTheSharedDepartementsList()
    {
        var path = TestPaths.RequireSharedFile("data/referentiels/departements.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var shared = json.RootElement.EnumerateArray().Select(e => e.GetProperty("code").GetString()).ToHashSet();

        Assert.Equal(shared.Order(), Tribunaux.Departements.Select(d => d.Code).Order());
    }

    [Theory]
    [InlineData("Cergy-Pontoise dans un délai de deux mois", "cergy-pontoise")]
    [InlineData("CHALONS-EN-CHAMPAGNE", "chalons-en-champagne")]
    [InlineData("la Guadeloupe", "guadeloupe")]
    [InlineData("Nîmes (16 avenue Feuchères)", "nimes")]
    public void Tribunaux_Match_ReadsTheNameAsWritten(string words, string code)
    {
        Assert.Equal(code, Tribunaux.Match(words)?.Code);
    }

    [Fact]
    public void Grilles_EveryPairIsTheOneOfTheBareme_AndIndicesRiseWithTheEchelon()
    {
        foreach (var grille in Grilles.Grilles)
        {
            Assert.Equal(Enumerable.Range(1, grille.Echelons.Count), grille.Echelons.Select(e => e.Echelon));
            foreach (var echelon in grille.Echelons)
            {
                Assert.True(Bareme.TryGetIm(echelon.Ib, out var im), $"IB {echelon.Ib} absent du barème");
                Assert.Equal(im, echelon.Im);
            }

            Assert.True(grille.Echelons.Zip(grille.Echelons.Skip(1)).All(p => p.Second.Ib > p.First.Ib && p.Second.Im >= p.First.Im), grille.Echelle);
            Assert.Null(grille.Echelons[^1].DureeMois);
            Assert.All(grille.Echelons.SkipLast(1), e => Assert.NotNull(e.DureeMois));
            Assert.Equal(new DateOnly(2024, 1, 1), grille.ValidFrom);
        }
    }

    [Fact]
    public void Bareme_IsMonotonic_AndManyToOneAtTheBottom()
    {
        var pairs = Bareme.ImByIb.OrderBy(kv => kv.Key).ToList();

        Assert.True(pairs.Zip(pairs.Skip(1)).All(p => p.Second.Value >= p.First.Value));
        Assert.Equal(370, Bareme.ImByIb[374]);
        Assert.Equal(370, Bareme.ImByIb[376]);
    }

    [Theory]
    [InlineData("adjoint administratif", "C1", 11)]
    [InlineData("adjoint technique", "C1", 11)]
    [InlineData("Adjoint technique principal de 2ème classe", "C2", 12)]
    [InlineData("adjoint administratif territorial principal de 1ère classe", "C3", 10)]
    [InlineData("rédacteur", "B1", 13)]
    [InlineData("Rédacteur principal de 2e classe", "B2", 12)]
    [InlineData("redacteur principal de 1re classe", "B3", 11)]
    [InlineData("attaché", "A-ATT", 11)]
    public void Grilles_Find_ByCatalogueLabelInAnyWriting(string grade, string echelle, int echelons)
    {
        var grille = Grilles.Find(grade, new DateOnly(2026, 3, 1));

        Assert.Equal(echelle, grille?.Echelle);
        Assert.Equal(echelons, grille?.DernierEchelon);
    }

    [Fact]
    public void Grilles_UnverifiedGradesAndDatesBefore2024_HaveNoGrid()
    {
        Assert.False(Grilles.HasGrade("attaché principal"));
        Assert.Null(Grilles.Find("adjoint administratif", new DateOnly(2023, 12, 31)));
        Assert.Equal(374, Grilles.Find("adjoint administratif principal de 2e classe", new DateOnly(2024, 1, 1))?.Echelon(5)?.Im);
    }

    [Fact]
    public void Changements_DatesOfTheDomainDocument()
    {
        var changements = ChangementsJuridiques.LoadEmbedded();

        Assert.Equal(new DateOnly(2021, 1, 1), changements.DateOf(ChangementsJuridiques.CapAvancement));
        Assert.Equal(new DateOnly(2022, 3, 1), changements.ObsoleteFrom("loi-84-53"));
        Assert.Equal(new DateOnly(2022, 3, 1), changements.ObsoleteFrom("loi-83-634"));
        Assert.Equal(new DateOnly(2023, 1, 1), changements.ObsoleteFrom("comite-technique"));
        Assert.Equal(new DateOnly(2025, 10, 1), changements.ObsoleteFrom("decret-92-1194"));
        Assert.All(changements.FormulesObsoletes, f => Assert.NotNull(changements.Changement(f.Changement)));
    }

    [Fact]
    public void Durees_LegalValues()
    {
        var durees = DureesLegales.LoadEmbedded();

        Assert.Equal(12, durees.Stage.DureeNormaleMois);
        Assert.Equal(6, durees.Stage.DureePromotionInterneMois);
        Assert.Equal((2, 6), (durees.CongeParental.PeriodeMinMois, durees.CongeParental.PeriodeMaxMois));
        Assert.Equal(60, durees.DisponibiliteFor("convenances_personnelles")?.DureeMaxMois);
        Assert.Equal([50, 60, 70, 80], durees.TempsPartiel.DeDroitQuotites);
        Assert.Equal(36, durees.ContratFor("L332-8", "2°")?.DureeMaxMois);
        Assert.Equal(6, durees.ContratFor("L332-23", "2°")?.DureeMaxMois);
        Assert.Null(durees.ContratFor("L332-13", null)?.DureeMaxMois);
        Assert.Equal(366, durees.MinimumOn(new DateOnly(2024, 1, 1))?.IndiceMajore);
        Assert.Null(durees.MinimumOn(new DateOnly(2023, 12, 31)));
        Assert.Equal(67, durees.LimiteAge.Ans);
        Assert.Equal(21, durees.PeriodeEssai.MaximumFor(5.9).MaxJours);
        Assert.Equal(30, durees.PeriodeEssai.MaximumFor(6).MaxJours);
        Assert.Equal(90, durees.PeriodeEssai.MaximumFor(null).MaxJours);
    }

    [Fact]
    public void Prealables_RequirementsOfTheSpec()
    {
        var prealables = PrealablesRequis.LoadEmbedded();

        Assert.Equal([PrealablesRequis.Deliberation, PrealablesRequis.DeclarationVacance], prealables.For(ActType.Mutation, null)?.Prealables);
        Assert.NotNull(prealables.For(ActType.Contrat, "L332-14"));
        Assert.Null(prealables.For(ActType.Contrat, "L332-23 1°"));
        Assert.True(prealables.IsConcoursGrade("Rédacteur"));
        Assert.True(prealables.IsOpenWithoutConcours("adjoint technique"));
    }

    [Fact]
    public void EveryReferentialFile_StatesItsSourceAndVersion()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "Vigie.Acts", "Referentiels");
        string[] files = ["Grilles/grilles.json", "Grilles/bareme-ib-im.json", "Tribunaux/tribunaux.json", "Legal/changements.json", "Legal/prealables.json", "Durees/durees.json"];

        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("source").GetString()), file);
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("version").GetString()), file);
        }
    }
}
