using Spectre.Console.Testing;
using Vigie.Cli.Infrastructure;
using Vigie.Tests.Shared;

namespace Vigie.Cli.Tests;

public sealed class PrivacyCommandTests
{
    private static (TestConsole Console, Spectre.Console.Cli.CommandApp App) NewApp(string dataDirectory)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var app = VigieApp.Create(console, new Dictionary<string, string?> { ["Vigie:DataDirectory"] = dataDirectory });
        return (console, app);
    }

    [Fact]
    public async Task Anonymize_TextFile_PrintsPseudonymisedTextAndRestores()
    {
        var dir = TestPaths.NewTempDirectory();
        var input = Path.Combine(dir, "courrier.txt");
        await File.WriteAllTextAsync(input, "Madame Claire DUPONT, née le 12/03/1985, tél. 06 12 34 56 78.\nMme Dupont confirme.\n", TestContext.Current.CancellationToken);

        var (console, app) = NewApp(Path.Combine(dir, "data"));
        var code = await app.RunAsync(["anonymize", input, "--conversation", "essai"], TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Madame [PERSONNE_1], née le [DATE_NAISSANCE_1], tél. [TELEPHONE_1].", console.Output, StringComparison.Ordinal);
        Assert.Contains("Mme [PERSONNE_1] confirme.", console.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DUPONT", console.Output, StringComparison.Ordinal);

        var answer = Path.Combine(dir, "reponse.txt");
        await File.WriteAllTextAsync(answer, "Réponse à [personne_1] ([TELEPHONE 1]).\n", TestContext.Current.CancellationToken);
        var (console2, app2) = NewApp(Path.Combine(dir, "data"));
        Assert.Equal(ExitCodes.Ok, await app2.RunAsync(["anonymize", answer, "--restore", "essai"], TestContext.Current.CancellationToken));
        Assert.Contains("Réponse à Claire DUPONT (06 12 34 56 78).", console2.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymize_Json_FollowsContract()
    {
        var dir = TestPaths.NewTempDirectory();
        var input = Path.Combine(dir, "note.txt");
        await File.WriteAllTextAsync(input, "Madame Claire DUPONT, demeurant 12 rue des Lilas, 75011 Paris", TestContext.Current.CancellationToken);
        var (console, app) = NewApp(Path.Combine(dir, "data"));
        Assert.Equal(ExitCodes.Ok, await app.RunAsync(["anonymize", input, "--json"], TestContext.Current.CancellationToken));
        using var json = System.Text.Json.JsonDocument.Parse(console.Output);
        Assert.Equal("vigie.pii/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("Madame [PERSONNE_1], demeurant [ADRESSE_1]", json.RootElement.GetProperty("text").GetString());
        var entity = json.RootElement.GetProperty("entities")[0];
        Assert.Equal(7, entity.GetProperty("start").GetInt32());
        Assert.Equal(20, entity.GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task Anonymize_UnknownMapping_FrenchErrorAndFailure()
    {
        var dir = TestPaths.NewTempDirectory();
        var input = Path.Combine(dir, "r.txt");
        await File.WriteAllTextAsync(input, "[PERSONNE_1]", TestContext.Current.CancellationToken);
        var (console, app) = NewApp(Path.Combine(dir, "data"));
        Assert.Equal(ExitCodes.Failure, await app.RunAsync(["anonymize", input, "--restore", "inexistante"], TestContext.Current.CancellationToken));
        Assert.Contains("Table de correspondance inconnue", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PiiEval_RepositoryCorpus_PrintsScoresAndLeakRate()
    {
        var (console, app) = NewApp(TestPaths.NewTempDirectory());
        var corpus = Path.Combine(TestPaths.RepositoryRoot, "tests", "corpus", "pii");
        Assert.Equal(ExitCodes.Ok, await app.RunAsync(["pii-eval", corpus], TestContext.Current.CancellationToken));
        Assert.Contains("manuel", console.Output, StringComparison.Ordinal);
        Assert.Contains("PERSONNE", console.Output, StringComparison.Ordinal);
        Assert.Contains("Taux de fuite", console.Output, StringComparison.Ordinal);
    }
}
