namespace Vigie.Privacy.Tests;

public sealed class DateAndAddressRecognizerTests
{
    [Theory]
    [InlineData("Mme X, née le 12/03/1985 à Lyon", "DATE_NAISSANCE:12/03/1985")]
    [InlineData("Né le 1er mars 1985", "DATE_NAISSANCE:1er mars 1985")]
    [InlineData("né le quinze mars mil neuf cent quatre-vingt-huit à Chambéry", "DATE_NAISSANCE:quinze mars mil neuf cent quatre-vingt-huit")]
    [InlineData("Date de naissance : 04.12.1960", "DATE_NAISSANCE:04.12.1960")]
    [InlineData("le décès, survenu le 14 février 2024, de M. Y", "DATE_NAISSANCE:14 février 2024")]
    [InlineData("mariés le 24 juin 1989 à Angers", "DATE_NAISSANCE:24 juin 1989")]
    public void BirthDate_DigitsAndLetters_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void BirthDate_DatesOfActsAndEffect_Kept()
    {
        var found = Detect.Found("Fait à Chambéry, le 20 juin 2024. Promu à compter du 1er juillet 2024. Arrêté du 3 mars 2022.");
        Assert.DoesNotContain(found, f => f.StartsWith("DATE_NAISSANCE", StringComparison.Ordinal));
    }

    [Fact]
    public void BirthDate_LeaveAfterBirthCue_Kept() =>
        Assert.DoesNotContain(Detect.Found("congé de naissance à compter du 3 mars 2024"), f => f.StartsWith("DATE", StringComparison.Ordinal));

    [Theory]
    [InlineData("demeurant 12 bis rue des Lilas, 75011 Paris.", "ADRESSE:12 bis rue des Lilas, 75011 Paris")]
    [InlineData("demeurant 14 ter avenue Jean Jaurès\n33700 Mérignac\n", "ADRESSE:14 ter avenue Jean Jaurès\n33700 Mérignac")]
    [InlineData("demeurant lieu-dit Kerhuel, 29280 Plouzané,", "ADRESSE:lieu-dit Kerhuel, 29280 Plouzané")]
    [InlineData("habite 3 impasse des Cerisiers à Cholet.", "ADRESSE:3 impasse des Cerisiers à Cholet")]
    public void Address_PersonsAddress_Masked(string text, string expected) => Assert.Contains(expected, Detect.Found(text));

    [Fact]
    public void Address_CollectiviteLetterhead_Kept()
    {
        var found = Detect.Found("Mairie de Saint-Martin-d'Hères\n1 place de la Mairie\n38400 Saint-Martin-d'Hères\n\nObjet : disponibilité");
        Assert.DoesNotContain(found, f => f.StartsWith("ADRESSE", StringComparison.Ordinal));
    }

    [Fact]
    public void Address_NumberOfCoursesWithoutProperName_Kept() =>
        Assert.DoesNotContain(Detect.Found("Il a suivi 3 cours de formation continue."), f => f.StartsWith("ADRESSE", StringComparison.Ordinal));
}
