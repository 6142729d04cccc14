using Vigie.Storage.Catalog;
using Vigie.Storage.Tests.Support;

namespace Vigie.Storage.Tests.Catalog;

public sealed class QueryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListActs_EachFilter_ReturnsOnlyMatchingActs()
    {
        using var ged = new TempGed();
        var (lot1, lot2) = await SeedAsync(ged);

        Assert.Equal(5, (await List(ged, new ActQuery())).TotalCount);
        Assert.Equal(new[] { 1, 2 }, Agents(await List(ged, new ActQuery { Collectivite = "commune de SAINT-PAIR-SUR-MER" })));
        Assert.Equal(new[] { 3 }, Agents(await List(ged, new ActQuery { Collectivite = "Communauté de communes Granville Terre et Mer" })));
        Assert.Empty((await List(ged, new ActQuery { Collectivite = "Saint-Pair" })).Items);
        Assert.Equal(new[] { 2 }, Agents(await List(ged, new ActQuery { Agent = "helene" })));
        Assert.Equal(new[] { 2 }, Agents(await List(ged, new ActQuery { Agent = "Hélène agent2" })));
        Assert.Empty((await List(ged, new ActQuery { Agent = "Hélène agent3" })).Items);
        Assert.Equal(new[] { 4 }, Agents(await List(ged, new ActQuery { Type = "contrat" })));
        Assert.Equal(new[] { 2, 4 }, Agents(await List(ged, new ActQuery { Verdict = "a_corriger" })));
        Assert.Equal(new[] { 4, 5 }, Agents(await List(ged, new ActQuery { BatchId = lot2 })));
        Assert.Equal(new[] { 1, 2, 3 }, Agents(await List(ged, new ActQuery { BatchId = lot1 })));
        Assert.Equal(new[] { 3, 4 }, Agents(await List(ged, new ActQuery { DateFrom = new DateOnly(2026, 1, 1), DateTo = new DateOnly(2026, 6, 30) })));
        Assert.Equal(new[] { 5 }, Agents(await List(ged, new ActQuery { DateField = ActDateField.DateSignature, DateFrom = new DateOnly(2026, 9, 1) })));
        Assert.Equal(new[] { 3 }, Agents(await List(ged, new ActQuery { Text = "granville redacteur" })));
        Assert.Equal(new[] { 4, 5 }, Agents(await List(ged, new ActQuery { Text = "complements.zip" })));
        Assert.Equal(new[] { 2 }, Agents(await List(ged, new ActQuery { Collectivite = "Commune de Saint-Pair-sur-Mer", Verdict = "a_corriger" })));
        Assert.Empty((await List(ged, new ActQuery { Text = "100%" })).Items);
    }

    [Fact]
    public async Task ListActs_Classement_FollowsFilingAndDecisions()
    {
        using var ged = new TempGed();
        await SeedAsync(ged);
        var all = await List(ged, new ActQuery { Sort = ActSort.Id, Descending = false });

        Assert.True(await ged.Catalog.MarkFiledAsync(all.Items[0].Id, Token));
        await ged.Catalog.RecordDecisionAsync(new ActDecision(all.Items[1].Id, "c.martin", DecisionKind.Renvoyer, "Voies de recours erronées"), Token);

        Assert.Equal(new[] { 1 }, Agents(await List(ged, new ActQuery { Classement = Classement.Classe })));
        Assert.Equal(new[] { 2 }, Agents(await List(ged, new ActQuery { Classement = Classement.Renvoye })));
        Assert.Equal(3, (await List(ged, new ActQuery { Classement = Classement.EnAttente })).TotalCount);
        Assert.False(await ged.Catalog.MarkFiledAsync(999_999, Token));
    }

    [Fact]
    public async Task ListActs_SortAndPaging_AreStableAndCountAll()
    {
        using var ged = new TempGed();
        await SeedAsync(ged);

        var byDate = await List(ged, new ActQuery { Sort = ActSort.DateEffet, Descending = false, Limit = 2 });
        var next = await List(ged, new ActQuery { Sort = ActSort.DateEffet, Descending = false, Limit = 2, Offset = 2 });
        var byAgent = await List(ged, new ActQuery { Sort = ActSort.Agent, Descending = true });

        Assert.Equal(5, byDate.TotalCount);
        Assert.Equal(new[] { 1, 2 }, AgentsInOrder(byDate));
        Assert.Equal(new[] { 3, 4 }, AgentsInOrder(next));
        Assert.Equal(new[] { 5, 4, 3, 2, 1 }, AgentsInOrder(byAgent));
    }

    [Fact]
    public async Task ListActs_BadLimit_IsRefused()
    {
        using var ged = new TempGed();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ged.Catalog.ListActsAsync(new ActQuery { Limit = 0 }, Token));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ged.Catalog.ListActsAsync(new ActQuery { Offset = -1 }, Token));
    }

    [Fact]
    public async Task GetAct_StoredAct_ComesBackWithEveryValue()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        var content = GedSamples.Bytes("acte complet");
        var row = GedSamples.Act(0, anomalyCodes: ["RECOURS_TRIBUNAL", "VISA_OBSOLETE"]) with { Pages = [1, 2] };
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/complet.pdf", content, row), Token);
        var id = (await List(ged, new ActQuery())).Items[0].Id;

        var act = await ged.Catalog.GetActAsync(id, Token);

        Assert.NotNull(act);
        Assert.Equal(GedSamples.Sha(content), act.DocumentSha256);
        Assert.Equal("a/complet.pdf", act.Source);
        Assert.Equal([1, 2], act.Pages);
        Assert.Equal("AVANCEMENT_ECHELON", act.Type);
        Assert.Equal("Commune de Saint-Pair-sur-Mer", act.Collectivite);
        Assert.Equal("DUPONT", act.AgentNom);
        Assert.Equal(new DateOnly(2026, 3, 1), act.DateEffet);
        Assert.Equal(new DateOnly(2026, 2, 12), act.DateSignature);
        Assert.Equal(2, act.AnomalyCount);
        Assert.Equal(row.FieldsJson, act.FieldsJson);
        Assert.Equal(row.AnomaliesJson, act.AnomaliesJson);
        Assert.Equal(Classement.EnAttente, act.Classement);
        Assert.Null(await ged.Catalog.GetActAsync(id + 1, Token));
    }

    [Fact]
    public async Task FindDocumentsByPrefix_ShortPrefix_FindsTheDocument()
    {
        using var ged = new TempGed();
        var batch = (await ged.Catalog.StartOrResumeBatchAsync(["a"], Token)).Batch;
        var content = GedSamples.Bytes("préfixe");
        await ged.Catalog.SaveDocumentResultAsync(GedSamples.Result(batch.Id, "a/p.pdf", content, GedSamples.Act(0)), Token);
        var sha = GedSamples.Sha(content);

        Assert.Equal([sha], await ged.Catalog.FindDocumentsByPrefixAsync(sha[..8].ToUpperInvariant(), 2, Token));
        Assert.Empty(await ged.Catalog.FindDocumentsByPrefixAsync("zz", 2, Token));
    }

    [Fact]
    public async Task RecordDecision_ThreeDecisions_KeepsAuditTrailAndLastState()
    {
        using var ged = new TempGed();
        await SeedAsync(ged);
        var id = (await List(ged, new ActQuery { Limit = 1 })).Items[0].Id;

        await ged.Catalog.RecordDecisionAsync(new ActDecision(id, "c.martin", DecisionKind.Renvoyer, "Délai de recours erroné"), Token);
        await ged.Catalog.RecordDecisionAsync(new ActDecision(id, "c.martin", DecisionKind.Rouvrir, "Acte corrigé reçu"), Token);
        var last = await ged.Catalog.RecordDecisionAsync(new ActDecision(id, "p.durand", DecisionKind.Classer, null), Token);

        var act = await ged.Catalog.GetActAsync(id, Token);
        Assert.Equal(Classement.Classe, act!.Classement);
        Assert.Equal("p.durand", act.DecidedBy);
        Assert.NotNull(act.FiledAt);
        var trail = await ged.Catalog.ListDecisionsAsync(id, Token);
        Assert.Equal([DecisionKind.Renvoyer, DecisionKind.Rouvrir, DecisionKind.Classer], trail.Select(d => d.Kind));
        Assert.Equal(last.Id, trail[^1].Id);
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            ged.Catalog.RecordDecisionAsync(new ActDecision(999_999, "c.martin", DecisionKind.Classer, null), Token));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            ged.Catalog.RecordDecisionAsync(new ActDecision(id, " ", DecisionKind.Classer, null), Token));
    }

    /// <summary>Five acts whose agent surnames end with their expected position (AGENT1…AGENT5) in two batches.</summary>
    internal static async Task<(long Lot1, long Lot2)> SeedAsync(TempGed ged)
    {
        var lot1 = (await ged.Catalog.StartOrResumeBatchAsync(["/depot/lot-1"], Token)).Batch.Id;
        await ged.Catalog.SaveDocumentResultsAsync(
        [
            GedSamples.Result(lot1, "lot-1/saint-pair/arretes.pdf", GedSamples.Bytes("liasse saint-pair"),
                GedSamples.Act(0, agentNom: "AGENT1", agentPrenom: "Claire", dateEffet: new DateOnly(2025, 3, 1), dateSignature: new DateOnly(2025, 2, 1)),
                GedSamples.Act(1, agentNom: "AGENT2", agentPrenom: "Hélène", verdict: "a_corriger", dateEffet: new DateOnly(2025, 9, 1), dateSignature: new DateOnly(2025, 8, 1),
                    anomalyCodes: ["RECOURS_DELAI"])),
            GedSamples.Result(lot1, "lot-1/granville/arrete.pdf", GedSamples.Bytes("granville"),
                GedSamples.Act(0, collectivite: "Communauté de communes Granville Terre et Mer", agentNom: "AGENT3", agentPrenom: "Paul",
                    type: "NOMINATION_STAGIAIRE", dateEffet: new DateOnly(2026, 1, 15), dateSignature: new DateOnly(2026, 1, 2)) with { Grade = "rédacteur" }),
        ], Token);
        await ged.Catalog.FinishBatchAsync(lot1, Token);

        var lot2 = (await ged.Catalog.StartOrResumeBatchAsync(["/depot/lot-2"], Token)).Batch.Id;
        await ged.Catalog.SaveDocumentResultsAsync(
        [
            GedSamples.Result(lot2, "complements.zip!contrats/cdd.pdf", GedSamples.Bytes("cdd"),
                GedSamples.Act(0, collectivite: "CCAS de Granville", agentNom: "AGENT4", agentPrenom: "Inès", type: "CONTRAT", verdict: "a_corriger",
                    dateEffet: new DateOnly(2026, 6, 30), dateSignature: new DateOnly(2026, 6, 1))),
            GedSamples.Result(lot2, "complements.zip!divers/retraite.pdf", GedSamples.Bytes("retraite"),
                GedSamples.Act(0, collectivite: "CCAS de Granville", agentNom: "AGENT5", agentPrenom: "Marc", type: "RADIATION_RETRAITE", verdict: "a_verifier",
                    dateEffet: new DateOnly(2026, 10, 1), dateSignature: new DateOnly(2026, 9, 15))),
        ], Token);
        return (lot1, lot2);
    }

    private static Task<ActPage> List(TempGed ged, ActQuery query) => ged.Catalog.ListActsAsync(query, Token);

    /// <summary>The agents' numbers, sorted: which acts matched, whatever the listing order.</summary>
    private static int[] Agents(ActPage page) => AgentsInOrder(page).Order().ToArray();

    private static int[] AgentsInOrder(ActPage page) =>
        page.Items.Select(a => int.Parse(a.AgentNom!["AGENT".Length..])).ToArray();
}
