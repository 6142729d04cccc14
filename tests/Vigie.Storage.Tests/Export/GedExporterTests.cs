using System.Text;
using System.Text.Json;
using Vigie.Storage.Catalog;
using Vigie.Storage.Export;
using Vigie.Storage.Tests.Support;
using Vigie.Tests.Shared;

namespace Vigie.Storage.Tests.Export;

public sealed class GedExporterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportAsync_FilteredActs_CopiesOriginalsByCollectiviteAndTypeWithCatalogues()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["/depot"], Token)).Batch;
        var liasse = GedSamples.Bytes("%PDF liasse de deux actes");
        var contrat = GedSamples.Bytes("%PDF contrat");
        var autre = GedSamples.Bytes("%PDF autre collectivité");
        foreach (var content in new[] { liasse, contrat, autre })
        {
            await ged.Originals.SaveAsync(content, cancellationToken: Token);
        }

        await ged.Catalog.SaveDocumentResultsAsync(
        [
            GedSamples.Result(batch.Id, "depot/liasse.pdf", liasse,
                GedSamples.Act(0, agentNom: "=HYPERLINK(\"x\")", anomalyCodes: ["RECOURS_TRIBUNAL", "VISA_OBSOLETE"]),
                GedSamples.Act(1, type: "TITULARISATION")),
            GedSamples.Result(batch.Id, "depot/archive.zip!cdd; été.pdf", contrat, GedSamples.Act(0, type: "CONTRAT", verdict: "a_corriger")),
            GedSamples.Result(batch.Id, "depot/autre.pdf", autre, GedSamples.Act(0, collectivite: "Commune de Granville")),
        ], Token);
        var exporter = new GedExporter(ged.Catalog, ged.Originals);
        var target = Path.Combine(TestPaths.NewTempDirectory(), "export");

        var result = await exporter.ExportAsync(target, new ActQuery { Collectivite = "Commune de Saint-Pair-sur-Mer" }, Token);

        Assert.Equal(3, result.ActCount);
        Assert.Equal(3, result.FileCount);
        Assert.Empty(result.MissingOriginals);
        var files = Directory.GetFiles(target, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(target, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        var s = (byte[] c) => GedSamples.Sha(c)[..12];
        Assert.Equal(
        [
            $"Commune de Saint-Pair-sur-Mer/AVANCEMENT_ECHELON/{s(liasse)}_liasse.pdf",
            $"Commune de Saint-Pair-sur-Mer/CONTRAT/{s(contrat)}_cdd; été.pdf",
            $"Commune de Saint-Pair-sur-Mer/TITULARISATION/{s(liasse)}_liasse.pdf",
            "catalogue.csv",
            "catalogue.json",
        ], files);
        Assert.Equal(contrat, await File.ReadAllBytesAsync(Path.Combine(target, "Commune de Saint-Pair-sur-Mer", "CONTRAT", $"{s(contrat)}_cdd; été.pdf"), Token));

        var csvBytes = await File.ReadAllBytesAsync(Path.Combine(target, "catalogue.csv"), Token);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csvBytes[..3]);
        var lines = Encoding.UTF8.GetString(csvBytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("id;collectivite;departement;type;agent_nom;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\")\";", lines[1], StringComparison.Ordinal);
        Assert.Contains(";RECOURS_TRIBUNAL, VISA_OBSOLETE;", lines[1], StringComparison.Ordinal);
        Assert.Contains($";\"depot/archive.zip!cdd; été.pdf\";\"Commune de Saint-Pair-sur-Mer/CONTRAT/{s(contrat)}_cdd; été.pdf\"", lines[3], StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(target, "catalogue.json"), Token));
        Assert.Equal("vigie.ged-export/1", json.RootElement.GetProperty("schema").GetString());
        var acts = json.RootElement.GetProperty("acts");
        Assert.Equal(3, acts.GetArrayLength());
        Assert.Equal("RECOURS_TRIBUNAL", acts[0].GetProperty("anomalies")[0].GetProperty("code").GetString());
        Assert.Equal(374, acts[0].GetProperty("fields").GetProperty("indice_majore").GetInt32());
        Assert.Equal($"Commune de Saint-Pair-sur-Mer/TITULARISATION/{s(liasse)}_liasse.pdf", acts[1].GetProperty("fichier").GetString());
    }

    [Fact]
    public async Task ExportAsync_OriginalMissing_ListsItAndStillWritesCatalogue()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["/depot"], Token)).Batch;
        var content = GedSamples.Bytes("jamais stocké");
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "depot/x.pdf", content, GedSamples.Act(0, collectivite: null, type: null)), Token);
        var target = TestPaths.NewTempDirectory();

        var result = await new GedExporter(ged.Catalog, ged.Originals).ExportAsync(target, new ActQuery(), Token);

        Assert.Equal(1, result.ActCount);
        Assert.Equal(0, result.FileCount);
        Assert.Equal([GedSamples.Sha(content)], result.MissingOriginals);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(target, "catalogue.json"), Token));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("acts")[0].GetProperty("fichier").ValueKind);
        Assert.Equal(GedSamples.Sha(content), json.RootElement.GetProperty("originaux_absents")[0].GetString());
    }

    [Theory]
    [InlineData("../../etc", "fallback", "_.._etc")]
    [InlineData("  ", "fallback", "fallback")]
    [InlineData("Commune d'Agon-Coutainville", "x", "Commune d'Agon-Coutainville")]
    [InlineData("a/b\\c:d", "x", "a_b_c_d")]
    public void Segment_UnsafeValues_BecomeOneSafeSegment(string value, string fallback, string expected)
    {
        Assert.Equal(expected, ExportPaths.Segment(value, fallback));
    }

    [Fact]
    public void ForAct_SourceInsideArchive_UsesTheInnerFileName()
    {
        var sha = new string('a', 64);

        Assert.Equal("collectivite-inconnue/type-inconnu/aaaaaaaaaaaa_arrete.pdf", ExportPaths.ForAct(null, null, sha, "lot.zip!dossier/arrete.pdf"));
    }
}
