using System.Text;
using System.Text.Json;
using Spectre.Console.Testing;
using Vigie.Cli.Infrastructure;
using Vigie.Storage.Catalog;
using Vigie.Storage.Originals;
using Vigie.Storage.Sqlite;
using Vigie.Tests.Shared;

namespace Vigie.Cli.Tests.Ged;

/// <summary>A data folder with a small real GED (two batches, three documents, four acts) and a way to run <c>vigie</c> on it.</summary>
internal sealed class GedCliFixture
{
    private GedCliFixture(string root) => Root = root;

    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, ".vigie");

    public string LiasseSha { get; private set; } = string.Empty;

    public string ContratSha { get; private set; } = string.Empty;

    public static GedCliFixture Empty() => new(TestPaths.NewTempDirectory());

    public static async Task<GedCliFixture> SeededAsync()
    {
        var fixture = Empty();
        var ged = Path.Combine(fixture.DataDirectory, "ged");
        var originals = new FileSystemOriginalStore(Path.Combine(ged, "objects"));
        using var catalog = new SqliteGedCatalog(Path.Combine(ged, "catalogue.db"));
        var liasse = Encoding.UTF8.GetBytes("%PDF-1.7 liasse de deux arrêtés");
        var contrat = Encoding.UTF8.GetBytes("%PDF-1.7 contrat");
        var chiffre = Encoding.UTF8.GetBytes("%PDF-1.7 chiffré");
        fixture.LiasseSha = (await originals.SaveAsync(liasse)).Sha256;
        fixture.ContratSha = (await originals.SaveAsync(contrat)).Sha256;

        var lot1 = (await catalog.StartOrResumeBatchAsync(["/depot/lot-2026-11"])).Batch.Id;
        await catalog.SaveDocumentResultsAsync(
        [
            new DocumentResult(lot1, "lot-2026-11/saint-pair/liasse.pdf", fixture.LiasseSha,
                new DocumentRow { Format = "pdf", SizeBytes = liasse.Length, PageCount = 3 },
                [
                    Act(0, "Commune de Saint-Pair-sur-Mer", "DUPONT", "Claire", "AVANCEMENT_ECHELON", "conforme", [1]),
                    Act(1, "Commune de Saint-Pair-sur-Mer", "LEFÈVRE", "Hélène", "AVANCEMENT_ECHELON", "a_corriger", [2, 3], Tribunal()),
                ]),
            new DocumentResult(lot1, "lot-2026-11/chiffre.pdf", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(chiffre)),
                new DocumentRow
                {
                    Format = "pdf", SizeBytes = chiffre.Length, Status = DocumentStatus.Error,
                    Error = new StoredError("PDF_CHIFFRE", "Le PDF est protégé par un mot de passe."),
                }, []),
        ]);
        await catalog.FinishBatchAsync(lot1);

        var lot2 = (await catalog.StartOrResumeBatchAsync(["/depot/complements.zip"])).Batch.Id;
        await catalog.SaveDocumentResultAsync(new DocumentResult(lot2, "complements.zip!cdd.pdf", fixture.ContratSha,
            new DocumentRow { Format = "pdf", SizeBytes = contrat.Length, PageCount = 1 },
            [Act(0, "CCAS de Granville", "MARTIN", "Paul", "CONTRAT", "a_verifier", [1])]));
        var filed = await catalog.ListActsAsync(new ActQuery { Agent = "DUPONT" });
        await catalog.RecordDecisionAsync(new ActDecision(filed.Items[0].Id, "c.martin", DecisionKind.Classer, "Acte conforme, classé au dossier"));
        return fixture;
    }

    public async Task<(int ExitCode, TestConsole Console)> RunAsync(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 220;
        var app = VigieApp.Create(console, new Dictionary<string, string?> { ["Vigie:DataDirectory"] = DataDirectory });
        var exitCode = await app.RunAsync(args);
        return (exitCode, console);
    }

    private static ActRow Act(int index, string collectivite, string nom, string prenom, string type, string verdict, int[] pages, params object[] anomalies) => new()
    {
        ActIndex = index,
        Pages = pages,
        Type = type,
        Collectivite = collectivite,
        Departement = "50",
        AgentNom = nom,
        AgentPrenom = prenom,
        Grade = "adjoint administratif principal de 2e classe",
        DateEffet = new DateOnly(2026, 3, 1),
        DateSignature = new DateOnly(2026, 2, 12),
        Verdict = verdict,
        FieldsJson = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["collectivite"] = collectivite, ["agent_nom"] = nom, ["agent_prenom"] = prenom, ["echelon"] = 5,
            ["indice_majore"] = 374, ["date_effet"] = "2026-03-01", ["base_legale"] = null,
        }),
        AnomaliesJson = JsonSerializer.Serialize(anomalies),
    };

    private static object Tribunal() => new Dictionary<string, object?>
    {
        ["code"] = "RECOURS_TRIBUNAL",
        ["severity"] = "majeure",
        ["message"] = "Le recours est ouvert devant le tribunal administratif de Rennes, or la Manche relève du tribunal administratif de Caen.",
        ["legal_basis"] = "CJA art. R. 221-3 et R. 312-12",
        ["evidence"] = new Dictionary<string, object?> { ["page"] = 2, ["text"] = "devant le Tribunal administratif de Rennes" },
    };
}
