using Vigie.Documents.Ocr;

namespace Vigie.Documents.Tests;

public sealed class OcrImageStructureTests
{
    [Theory]
    [InlineData(OcrFixtures.ArreteScanJpeg)]
    [InlineData(OcrFixtures.AvisScanPng)]
    [InlineData(OcrFixtures.DeuxPagesTiff)]
    public void LooksComplete_IntactFixture_True(string fixtureName)
    {
        Assert.True(TruncatedImageCheck.LooksComplete(OcrFixtures.Read(fixtureName)));
    }

    [Theory]
    [InlineData(OcrFixtures.ArreteScanJpeg)]
    [InlineData(OcrFixtures.AvisScanPng)]
    public void LooksComplete_CutInTheMiddle_False(string fixtureName)
    {
        var image = OcrFixtures.Read(fixtureName);

        Assert.False(TruncatedImageCheck.LooksComplete(image.AsSpan(0, image.Length / 2)));
    }

    [Fact]
    public void Count_TwoPageTiff_Two()
    {
        Assert.Equal(2, TiffDirectoryCounter.Count(OcrFixtures.Read(OcrFixtures.DeuxPagesTiff)));
    }

    [Fact]
    public void Count_BigEndianTiffWithOneDirectory_One()
    {
        // Header "MM", 42, first directory at 8: one entry (12 bytes), then no next directory.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 1, 0, 0, 3, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0];

        Assert.Equal(1, TiffDirectoryCounter.Count(tiff));
    }

    [Fact]
    public void Count_DirectoryPointingToItself_NullInsteadOfLooping()
    {
        byte[] tiff = [(byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0, 1, 0, 0, 1, 3, 0, 1, 0, 0, 0, 16, 0, 0, 0, 8, 0, 0, 0];

        Assert.Null(TiffDirectoryCounter.Count(tiff));
    }

    [Fact]
    public void Count_TruncatedTiff_Null()
    {
        var tiff = OcrFixtures.Read(OcrFixtures.DeuxPagesTiff);

        Assert.Null(TiffDirectoryCounter.Count(tiff.AsSpan(0, tiff.Length / 2)));
    }
}
