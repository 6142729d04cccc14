using System.Text.Json;

namespace Vigie.Cli.Tests.Ged;

public sealed class GedCommandTests
{
    [Fact]
    public async Task GedList_SeededGed_ShowsFrenchTableOfActs()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("Collectivité", console.Output, StringComparison.Ordinal);
        Assert.Contains("Avancement d'échelon", console.Output, StringComparison.Ordinal);
        Assert.Contains("LEFÈVRE Hélène", console.Output, StringComparison.Ordinal);
        Assert.Contains("À corriger", console.Output, StringComparison.Ordinal);
        Assert.Contains("Classé", console.Output, StringComparison.Ordinal);
        Assert.Contains("01/03/2026", console.Output, StringComparison.Ordinal);
        Assert.Contains("3 acte(s).", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedList_Filters_KeepOnlyMatchingActs()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (_, verdict) = await ged.RunAsync("ged", "list", "--verdict", "a_corriger");
        var (_, collectivite) = await ged.RunAsync("ged", "list", "--collectivite", "ccas de granville");
        var (_, classement) = await ged.RunAsync("ged", "list", "--classement", "classe", "--agent", "dupont");
        var (_, lot) = await ged.RunAsync("ged", "list", "--lot", "2", "--type", "CONTRAT");
        var (_, none) = await ged.RunAsync("ged", "list", "--agent", "inconnu");

        Assert.Contains("LEFÈVRE", verdict.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DUPONT", verdict.Output, StringComparison.Ordinal);
        Assert.Contains("MARTIN Paul", collectivite.Output, StringComparison.Ordinal);
        Assert.Contains("1 acte(s).", collectivite.Output, StringComparison.Ordinal);
        Assert.Contains("DUPONT Claire", classement.Output, StringComparison.Ordinal);
        Assert.Contains("MARTIN Paul", lot.Output, StringComparison.Ordinal);
        Assert.Contains("Aucun acte de la GED ne correspond", none.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedList_LimitBelowTotal_SaysHowManyAreHidden()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "list", "--limit", "1");

        Assert.Equal(0, exitCode);
        Assert.Contains("1 acte(s) affiché(s) sur 3", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedList_Json_IsParseableWithTotalAndActs()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "list", "--json", "--verdict", "a_corriger");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(console.Output);
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        var act = Assert.Single(json.RootElement.GetProperty("acts").EnumerateArray());
        Assert.Equal("LEFÈVRE", act.GetProperty("agent_nom").GetString());
        Assert.Equal("RECOURS_TRIBUNAL", act.GetProperty("anomalies")[0].GetProperty("code").GetString());
        Assert.Equal(374, act.GetProperty("fields").GetProperty("indice_majore").GetInt32());
    }

    [Theory]
    [InlineData("--verdict", "mauvais", "Verdict inconnu")]
    [InlineData("--classement", "range", "Classement inconnu")]
    [InlineData("--type", "ARRETE", "Type d'acte inconnu")]
    [InlineData("--du", "32/01/2026", "Date --du illisible")]
    [InlineData("--limit", "0", "--limit doit être compris")]
    public async Task GedList_BadOption_IsBadUsageWithFrenchMessage(string option, string value, string message)
    {
        var ged = GedCliFixture.Empty();

        var (exitCode, console) = await ged.RunAsync("ged", "list", option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedList_EmptyGed_SaysSo()
    {
        var ged = GedCliFixture.Empty();

        var (exitCode, console) = await ged.RunAsync("ged", "list");

        Assert.Equal(0, exitCode);
        Assert.Contains("Aucun acte de la GED", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedShow_ActNumber_ShowsFieldsAnomaliesAndDecisions()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (errorExit, withAnomaly) = await ged.RunAsync("ged", "show", "2");
        var (filedExit, filed) = await ged.RunAsync("ged", "show", "1");

        Assert.Equal(0, errorExit);
        Assert.Contains("Acte n° 2", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Contains("Champs lus", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Contains("indice_majore", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Contains("RECOURS_TRIBUNAL", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Contains("Majeure", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Contains("p. 2 : « devant le Tribunal administratif de Rennes »", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Contains("pages 2, 3", withAnomaly.Output, StringComparison.Ordinal);
        Assert.Equal(0, filedExit);
        Assert.Contains("Aucune anomalie.", filed.Output, StringComparison.Ordinal);
        Assert.Contains("par c.martin", filed.Output, StringComparison.Ordinal);
        Assert.Contains("Acte conforme, classé au dossier", filed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedShow_ShaPrefix_ShowsTheDocumentAndItsActs()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "show", ged.LiasseSha[..10]);

        Assert.Equal(0, exitCode);
        Assert.Contains("liasse.pdf", console.Output, StringComparison.Ordinal);
        Assert.Contains(ged.LiasseSha, console.Output, StringComparison.Ordinal);
        Assert.Contains("DUPONT Claire", console.Output, StringComparison.Ordinal);
        Assert.Contains("LEFÈVRE Hélène", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedShow_Json_GivesActWithDecisions()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "show", "1", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(console.Output);
        Assert.Equal("classe", json.RootElement.GetProperty("classement").GetString());
        Assert.Equal("classer", json.RootElement.GetProperty("decisions")[0].GetProperty("decision").GetString());
    }

    [Theory]
    [InlineData("999")]
    [InlineData("abcdef0123")]
    [InlineData("n'importe quoi")]
    public async Task GedShow_Unknown_FailsWithFrenchMessage(string id)
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "show", id);

        Assert.Equal(1, exitCode);
        Assert.Contains("Aucun acte", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GedExport_Filter_CopiesOriginalsAndCatalogues()
    {
        var ged = await GedCliFixture.SeededAsync();
        var target = Path.Combine(ged.Root, "export");

        var (exitCode, console) = await ged.RunAsync("ged", "export", target, "--collectivite", "Commune de Saint-Pair-sur-Mer");

        Assert.Equal(0, exitCode);
        Assert.Contains("2 acte(s) exporté(s)", console.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(target, "Commune de Saint-Pair-sur-Mer", "AVANCEMENT_ECHELON", $"{ged.LiasseSha[..12]}_liasse.pdf")));
        Assert.False(Directory.Exists(Path.Combine(target, "CCAS de Granville")));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(target, "catalogue.csv")).Length);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(target, "catalogue.json")));
        Assert.Equal(2, json.RootElement.GetProperty("acts").GetArrayLength());
    }

    [Fact]
    public async Task GedLots_SeededGed_ListsBatchesWithCounts()
    {
        var ged = await GedCliFixture.SeededAsync();

        var (exitCode, console) = await ged.RunAsync("ged", "lots");
        var (jsonExit, json) = await ged.RunAsync("ged", "lots", "--json");

        Assert.Equal(0, exitCode);
        Assert.Contains("Terminé", console.Output, StringComparison.Ordinal);
        Assert.Contains("En cours", console.Output, StringComparison.Ordinal);
        Assert.Contains("/depot/lot-2026-11", console.Output, StringComparison.Ordinal);
        Assert.Contains("reprend là où il s'est arrêté", console.Output, StringComparison.Ordinal);
        Assert.Equal(0, jsonExit);
        using var batches = JsonDocument.Parse(json.Output);
        var first = batches.RootElement.EnumerateArray().Single(b => b.GetProperty("id").GetInt64() == 1);
        Assert.Equal(2, first.GetProperty("counts").GetProperty("items").GetInt32());
        Assert.Equal(1, first.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(2, first.GetProperty("counts").GetProperty("acts").GetInt32());
    }

    [Fact]
    public async Task GedHelp_IsInFrench()
    {
        var ged = GedCliFixture.Empty();

        var (_, console) = await ged.RunAsync("ged", "list", "--help");

        Assert.Contains("Nom complet de la collectivité", console.Output, StringComparison.Ordinal);
        Assert.Contains("--classement", console.Output, StringComparison.Ordinal);
    }
}
