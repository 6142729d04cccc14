using Vigie.Privacy;
using Vigie.Privacy.Pseudonymization;

namespace Vigie.Privacy.Tests;

public sealed class PseudonymizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Pseudonymize_DifferentMentionsOfOnePerson_SamePlaceholder()
    {
        var map = new PseudonymMap(Now);
        var text = "Madame Claire DUPONT, née le 12 mars 1985. Mme Dupont est joignable au 06 12 34 56 78. DUPONT rappellera.";
        var result = new Pseudonymizer(Detect.Detector).Pseudonymize(text, map);
        Assert.Equal("Madame [PERSONNE_1], née le [DATE_NAISSANCE_1]. Mme [PERSONNE_1] est joignable au [TELEPHONE_1]. [PERSONNE_1] rappellera.", result.Text);
        var first = result.Entities[0];
        Assert.Equal(7, first.Start);
        Assert.Equal(20, first.End);
        Assert.Equal("Claire DUPONT", text[first.Start..first.End]);
        Assert.Equal([PiiType.Personne, PiiType.Telephone, PiiType.DateNaissance], result.MaskedCategories);
    }

    [Fact]
    public void Pseudonymize_TwoPersons_TwoPlaceholders()
    {
        var map = new PseudonymMap(Now);
        var result = new Pseudonymizer(Detect.Detector).Pseudonymize("M. Jean MOREAU et Mme Karima HADDAD. HADDAD répond à MOREAU.", map);
        Assert.Equal("M. [PERSONNE_1] et Mme [PERSONNE_2]. [PERSONNE_2] répond à [PERSONNE_1].", result.Text);
    }

    [Fact]
    public void Pseudonymize_SamePhoneWrittenDifferently_SamePlaceholder()
    {
        var result = new Pseudonymizer(Detect.Detector).Pseudonymize("Tél. perso 06 12 34 56 78, soit +33 6 12 34 56 78.", new PseudonymMap(Now));
        Assert.Equal("Tél. perso [TELEPHONE_1], soit [TELEPHONE_1].", result.Text);
    }

    [Fact]
    public void RoundTrip_TextWrittenAroundPlaceholders_RestoresOriginals()
    {
        var map = new PseudonymMap(Now);
        var source = "Mme Claire DUPONT (claire.dupont@gmail.com, 06 71 42 85 13) demande un temps partiel. Mme Dupont est née le 12/03/1985.";
        var pseudonymized = new Pseudonymizer(Detect.Detector).Pseudonymize(source, map).Text;
        Assert.DoesNotContain("DUPONT", pseudonymized, StringComparison.OrdinalIgnoreCase);

        var answer = "Objet : temps partiel de [personne_1]\n\nMadame \\[PERSONNE\\_1\\], votre demande (PERSONNE_1, [ EMAIL_1 ], [TELEPHONE 1]) "
            + "est acceptée ; **[PERSONNE_1]** née le [Date_Naissance_1].";
        var restored = Restorer.Restore(answer, map);
        Assert.Equal(
            "Objet : temps partiel de Claire DUPONT\n\nMadame Claire DUPONT, votre demande (Claire DUPONT, claire.dupont@gmail.com, 06 71 42 85 13) "
            + "est acceptée ; **Claire DUPONT** née le 12/03/1985.",
            restored.Text);
        Assert.Equal(7, restored.RestoredCount);
        Assert.Empty(restored.UnknownPlaceholders);
    }

    [Fact]
    public void Restore_UnknownPlaceholderAndOrdinaryWords_LeftAsIs()
    {
        var map = new PseudonymMap(Now);
        new Pseudonymizer(Detect.Detector).Pseudonymize("Mme Claire DUPONT", map);
        var restored = Restorer.Restore("Voir [PERSONNE_9] ; la personne 1 du tableau ; [PERSONNE_1].", map);
        Assert.Equal("Voir [PERSONNE_9] ; la personne 1 du tableau ; Claire DUPONT.", restored.Text);
        Assert.Equal(["[PERSONNE_9]"], restored.UnknownPlaceholders);
    }

    [Fact]
    public void PiiJsonWriter_Result_FollowsContract()
    {
        var result = new Pseudonymizer(Detect.Detector).Pseudonymize("Madame Claire DUPONT, née le 12/03/1985", new PseudonymMap(Now));
        using var json = System.Text.Json.JsonDocument.Parse(PiiJsonWriter.Write(result));
        var root = json.RootElement;
        Assert.Equal("vigie.pii/1", root.GetProperty("schema").GetString());
        Assert.Equal("Madame [PERSONNE_1], née le [DATE_NAISSANCE_1]", root.GetProperty("text").GetString());
        var entity = root.GetProperty("entities")[0];
        Assert.Equal(7, entity.GetProperty("start").GetInt32());
        Assert.Equal(20, entity.GetProperty("end").GetInt32());
        Assert.Equal("PERSONNE", entity.GetProperty("type").GetString());
        Assert.Equal("Claire DUPONT", entity.GetProperty("text").GetString());
        Assert.Equal("[PERSONNE_1]", entity.GetProperty("placeholder").GetString());
        Assert.InRange(entity.GetProperty("score").GetDouble(), 0.5, 1.0);
    }

    [Fact]
    public void PiiEntity_ToString_LeavesOriginalOut() =>
        Assert.DoesNotContain("DUPONT", new PiiEntity(0, 6, PiiType.Personne, "DUPONT", "[PERSONNE_1]", 0.9).ToString(), StringComparison.Ordinal);
}
