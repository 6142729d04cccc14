using System.Text.Json;
using Spectre.Console.Testing;
using Vigie.Cli.Infrastructure;
using Vigie.Tests.Shared;

namespace Vigie.Cli.Tests.Check;

public sealed class CheckCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_MixedBatch_WritesTheThreeReportsWithErrorsAndAnomalies()
    {
        var root = TestPaths.NewTempDirectory();
        var lot = Directory.CreateDirectory(Path.Combine(root, "lot")).FullName;
        await File.WriteAllTextAsync(Path.Combine(lot, "a-avancement.txt"), CheckFixtures.AvancementConforme(), Ct);
        await File.WriteAllTextAsync(Path.Combine(lot, "b-tribunal.txt"), CheckFixtures.AvancementMauvaisTribunal(), Ct);
        await File.WriteAllBytesAsync(Path.Combine(lot, "c-vide.pdf"), [], Ct);
        await File.WriteAllBytesAsync(Path.Combine(lot, "d-programme.exe"), [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00], Ct);
        var output = Path.Combine(root, "rapport");

        var (exitCode, console) = await RunAsync(root, "check", lot, "--out", output);

        Assert.Equal(0, exitCode);
        Assert.Contains("Actes contrôlés", console.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.True(File.Exists(Path.Combine(output, "report.csv")));
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "report.json"), Ct));
        Assert.Equal("vigie.acts-report/1", report.RootElement.GetProperty("schema").GetString());
        var documents = report.RootElement.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(4, documents.Length);

        var bySource = documents.ToDictionary(d => Path.GetFileName(d.GetProperty("source").GetString()!));
        Assert.Equal("FICHIER_VIDE", bySource["c-vide.pdf"].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("FORMAT_NON_SUPPORTE", bySource["d-programme.exe"].GetProperty("error").GetProperty("code").GetString());

        var good = bySource["a-avancement.txt"];
        Assert.Equal("processed", good.GetProperty("status").GetString());
        var goodAct = Assert.Single(good.GetProperty("acts").EnumerateArray());
        Assert.Equal("AVANCEMENT_ECHELON", goodAct.GetProperty("type").GetString());
        Assert.Equal("DUPONT", goodAct.GetProperty("fields").GetProperty("agent_nom").GetString());
        Assert.Equal("2026-03-01", goodAct.GetProperty("fields").GetProperty("date_effet").GetString());
        Assert.DoesNotContain(goodAct.GetProperty("anomalies").EnumerateArray(), a => a.GetProperty("code").GetString() == "RECOURS_TRIBUNAL");

        var bad = Assert.Single(bySource["b-tribunal.txt"].GetProperty("acts").EnumerateArray());
        var tribunal = Assert.Single(bad.GetProperty("anomalies").EnumerateArray(), a => a.GetProperty("code").GetString() == "RECOURS_TRIBUNAL");
        Assert.Equal("majeure", tribunal.GetProperty("severity").GetString());
        Assert.Contains("Rennes", tribunal.GetProperty("evidence").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("a_corriger", bad.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Check_SameBatchTwice_ReusesTheCatalogueWithoutDuplicates()
    {
        var root = TestPaths.NewTempDirectory();
        var lot = Directory.CreateDirectory(Path.Combine(root, "lot")).FullName;
        await File.WriteAllTextAsync(Path.Combine(lot, "a.txt"), CheckFixtures.AvancementConforme(), Ct);
        await File.WriteAllTextAsync(Path.Combine(lot, "copie-de-a.txt"), CheckFixtures.AvancementConforme(), Ct);

        var (first, _) = await RunAsync(root, "check", lot, "--out", Path.Combine(root, "r1"));
        var (second, console) = await RunAsync(root, "check", lot, "--out", Path.Combine(root, "r2"));

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Contains("déjà connus", console.Output, StringComparison.Ordinal);
        var r1 = await File.ReadAllTextAsync(Path.Combine(root, "r1", "report.json"), Ct);
        var r2 = await File.ReadAllTextAsync(Path.Combine(root, "r2", "report.json"), Ct);
        Assert.Equal(Verdicts(r1), Verdicts(r2));

        var (listExit, list) = await RunAsync(root, "ged", "list", "--json");
        Assert.Equal(0, listExit);
        using var acts = JsonDocument.Parse(list.Output);
        Assert.Equal(1, CountActs(acts.RootElement));
    }

    [Fact]
    public async Task Check_WithoutOut_IsBadUsage()
    {
        var root = TestPaths.NewTempDirectory();

        var (exitCode, console) = await RunAsync(root, "check", root);

        Assert.Equal(2, exitCode);
        Assert.Contains("--out", console.Output, StringComparison.Ordinal);
    }

    private static string[] Verdicts(string json)
    {
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("acts").EnumerateArray())
            .Select(a => a.GetProperty("verdict").GetString()!)
            .ToArray();
    }

    private static int CountActs(JsonElement list) => list.ValueKind switch
    {
        JsonValueKind.Array => list.GetArrayLength(),
        _ => list.GetProperty("acts").GetArrayLength(),
    };

    private static async Task<(int ExitCode, TestConsole Console)> RunAsync(string dataRoot, params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var app = VigieApp.Create(console, new Dictionary<string, string?> { ["Vigie:DataDirectory"] = Path.Combine(dataRoot, ".vigie") });
        var exitCode = await app.RunAsync(args, Ct);
        return (exitCode, console);
    }
}
