namespace Vigie.Privacy.Tests;

public sealed class IdentifierRecognizerTests
{
    [Theory]
    [InlineData("NIR : 1 85 03 75 116 012 16.", "NIR:1 85 03 75 116 012 16")]
    [InlineData("Assuré 185037511601216 enregistré.", "NIR:185037511601216")]
    [InlineData("née à Ajaccio, 2 60 12 2A 004 023 15", "NIR:2 60 12 2A 004 023 15")]
    [InlineData("Bastia : 177022B03301708", "NIR:177022B03301708")]
    public void Nir_ValidKey_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void Nir_InvalidKeyWithoutContext_NotMasked() =>
        Assert.DoesNotContain(Detect.Found("Référence dossier 1 85 03 75 116 012 17."), f => f.StartsWith("NIR", StringComparison.Ordinal));

    [Fact]
    public void Nir_ThirteenDigits_OnlyWithContext()
    {
        Assert.Contains("NIR:1850375116012", Detect.Found("numéro de sécurité sociale : 1850375116012"));
        Assert.DoesNotContain(Detect.Found("commande 1850375116012 livrée"), f => f.StartsWith("NIR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("IBAN : FR76 3000 4008 2300 0101 3978 567 BIC BNPAFRPP", "IBAN:FR76 3000 4008 2300 0101 3978 567")]
    [InlineData("IBAN FR7630004008230001013978567.", "IBAN:FR7630004008230001013978567")]
    [InlineData("RIB : 30003 01234 00050123456 65", "IBAN:30003 01234 00050123456 65")]
    public void Iban_ValidWithOrWithoutSpaces_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void Iban_WrongCheckOrRibKey_NotMasked()
    {
        Assert.DoesNotContain(Detect.Found("IBAN FR76 3000 4008 2300 0101 3978 568"), f => f.StartsWith("IBAN", StringComparison.Ordinal));
        Assert.DoesNotContain(Detect.Found("RIB : 30003 01234 00050123456 66"), f => f.StartsWith("IBAN", StringComparison.Ordinal));
    }

    [Fact]
    public void Siret_EntrepreneurIndividuel_MaskedButCompanyAndCommuneKept()
    {
        var text = "Fournisseur : Laurent Mathieu, entrepreneur individuel\nSIRET : 812 345 676 00017\n\n"
            + "Sous-traitant : SARL Ouest Élec, SIRET 490 123 452 00024.\nCommune de Rezé – SIREN 214401430";
        var found = Detect.Found(text);
        Assert.Contains("MATRICULE:812 345 676 00017", found);
        Assert.DoesNotContain(found, f => f.Contains("490 123", StringComparison.Ordinal));
        Assert.DoesNotContain(found, f => f.Contains("214401430", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Joignable au 06 12 34 56 78 demain.", "TELEPHONE:06 12 34 56 78")]
    [InlineData("Portable : +33 6 45 12 78 90", "TELEPHONE:+33 6 45 12 78 90")]
    [InlineData("tél. 06.58.74.12.09", "TELEPHONE:06.58.74.12.09")]
    [InlineData("Tél : +33 (0)6 47 85 21 96", "TELEPHONE:+33 (0)6 47 85 21 96")]
    public void Phone_PersonalNumbers_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void Phone_LetterheadSwitchboard_NotMasked()
    {
        var found = Detect.Found("Mairie de Pontarlier\n56 rue de la République\nTél. : 03 81 38 81 38\n\nObjet : courrier");
        Assert.DoesNotContain(found, f => f.StartsWith("TELEPHONE", StringComparison.Ordinal));
    }

    [Fact]
    public void Email_PersonalMasked_RoleMailboxKept()
    {
        var found = Detect.Found("Écrire à claire.dupont@gmail.com ou à rh@cdg38.fr.");
        Assert.Contains("EMAIL:claire.dupont@gmail.com", found);
        Assert.DoesNotContain(found, f => f.Contains("rh@", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("matricule 004512, adjoint technique", "MATRICULE:004512")]
    [InlineData("votre matricule agent est le A-20417.", "MATRICULE:A-20417")]
    [InlineData("camion immatriculé GH-482-TK au garage", "MATRICULE:GH-482-TK")]
    [InlineData("N° allocataire CAF : 4187562", "MATRICULE:4187562")]
    public void Matricule_LabelledIdentifiers_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void Matricule_LabelWithoutIdentifier_NotMasked() =>
        Assert.DoesNotContain(Detect.Found("Le passeport pour les mineurs de 2024 est gratuit."), f => f.StartsWith("MATRICULE", StringComparison.Ordinal));
}
