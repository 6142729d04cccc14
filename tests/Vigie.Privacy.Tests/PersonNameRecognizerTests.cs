using Vigie.Privacy;

namespace Vigie.Privacy.Tests;

public sealed class PersonNameRecognizerTests
{
    [Theory]
    [InlineData("Madame Claire DUPONT a signé.", "PERSONNE:Claire DUPONT")]
    [InlineData("Je soussigné(e) Yannick LE BRIS atteste", "PERSONNE:Yannick LE BRIS")]
    [InlineData("Monsieur Arnaud de La Fontaine est nommé", "PERSONNE:Arnaud de La Fontaine")]
    [InlineData("l'agent DA SILVA Manuel a été reçu", "PERSONNE:DA SILVA Manuel")]
    [InlineData("Mme Émilie N'Diaye, rédacteur", "PERSONNE:Émilie N'Diaye")]
    [InlineData("Le dossier de Jean-Pierre MARTIN-DUBOIS est complet.", "PERSONNE:Jean-Pierre MARTIN-DUBOIS")]
    [InlineData("Présents : Olivier Meunier, Claire Roux", "PERSONNE:Olivier Meunier")]
    public void Name_CuesParticlesHyphens_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void Name_EpouseAndNee_OneEntityWithBothSurnames()
    {
        var found = Detect.Found("Madame Léa MARTIN épouse ROCHE est recrutée ; Mme Chantal MERCIER née BOULANGER part.");
        Assert.Contains("PERSONNE:Léa MARTIN épouse ROCHE", found);
        Assert.Contains("PERSONNE:Chantal MERCIER née BOULANGER", found);
    }

    [Fact]
    public void Name_OrdinaryWords_NotMasked()
    {
        var found = Detect.Found("Le petit Pierre a posé une pierre blanche. Rose, Violette et Marguerite sont des salles. Le vin blanc est servi.");
        Assert.DoesNotContain(found, f => f.StartsWith("PERSONNE", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_OrdinaryWordWithCivility_Masked() => Assert.Contains("PERSONNE:Blanc", Detect.Found("Nous avons reçu M. Blanc hier."));

    [Fact]
    public void Name_PlacesAndLawsNamedAfterPersons_NotMasked()
    {
        var found = Detect.Found("La loi Le Pors s'applique au lycée Jean Moulin et à l'école Marie Curie, salle Victor Hugo.");
        Assert.DoesNotContain(found, f => f.StartsWith("PERSONNE", StringComparison.Ordinal));
    }

    [Fact]
    public void Name_LaterMentions_LinkedToSamePerson()
    {
        var text = "Mme Claire DUPONT est absente. Claire reviendra lundi ; DUPONT a prévenu. Mme Dupont confirme.";
        var detection = Detect.Detector.Detect(text);
        var names = detection.Spans.Where(s => s.Type == PiiType.Personne).Select(s => text[s.Start..s.End]).ToList();
        Assert.Equal(["Claire DUPONT", "Claire", "DUPONT", "Dupont"], names);
    }

    [Fact]
    public void Name_OfficialWithOffice_KeptUnlessConfigured()
    {
        var text = "Fait à Chambéry, le 20 juin 2024\nLe Maire,\nThierry Repentin";
        Assert.DoesNotContain(Detect.Found(text), f => f.StartsWith("PERSONNE", StringComparison.Ordinal));
        Assert.Contains("PERSONNE:Thierry Repentin", Detect.Found(text, Detect.With(new PrivacyOptions { MaskSignatories = true })));
    }

    [Fact]
    public void Name_AgentGradeIsNotAnOffice_Masked() =>
        Assert.Contains("PERSONNE:Claire MARTIN", Detect.Found("Mme Claire MARTIN, adjoint administratif principal, est promue."));
}
