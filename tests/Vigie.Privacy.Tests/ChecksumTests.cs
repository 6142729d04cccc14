using Vigie.Privacy.Recognizers;

namespace Vigie.Privacy.Tests;

public sealed class ChecksumTests
{
    [Theory]
    [InlineData("1850375116012", 16)]
    [InlineData("260122A004023", 15)]
    [InlineData("177022B033017", 8)]
    public void NirKey_KnownNumbers_MatchesInseeRule(string thirteen, int key) => Assert.Equal(key, Checksums.NirKey(thirteen));

    [Fact]
    public void IsValidIban_FrenchAndGerman_TrueAndAlteredFalse()
    {
        Assert.True(Checksums.IsValidIban("FR7630004008230001013978567"));
        Assert.True(Checksums.IsValidIban("DE89370400440532013000"));
        Assert.False(Checksums.IsValidIban("FR7630004008230001013978568"));
    }

    [Fact]
    public void IsValidRib_KeyOfLetterAccount_Checked()
    {
        Assert.True(Checksums.IsValidRib("20041", "01005", "0500013M026", "06"));
        Assert.False(Checksums.IsValidRib("20041", "01005", "0500013M026", "07"));
    }

    [Fact]
    public void IsValidLuhn_Siret_TrueAndFalse()
    {
        Assert.True(Checksums.IsValidLuhn("81234567600017"));
        Assert.False(Checksums.IsValidLuhn("81234567600018"));
    }
}
