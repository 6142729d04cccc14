using Vigie.Documents.Model;

namespace Vigie.Documents.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Hash_KnownInput_IsSha256()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Sha256Hex("abc"u8));
    }
}
