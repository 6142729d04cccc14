using Vigie.Tests.Shared;

namespace Vigie.Documents.Tests;

/// <summary>The OCR test images kept in Fixtures/Ocr (see the README there for how they were made).</summary>
internal static class OcrFixtures
{
    /// <summary>A 200 dpi grey JPEG "scan" of an arrêté (slightly rotated, blurred, noisy).</summary>
    public const string ArreteScanJpeg = "arrete-scan.jpg";

    /// <summary>A 300 dpi 1-bit PNG "fax" of a vacancy notice.</summary>
    public const string AvisScanPng = "avis-scan.png";

    /// <summary>A 2-page CCITT G4 TIFF, one part of an arrêté per page.</summary>
    public const string DeuxPagesTiff = "deux-pages.tif";

    /// <summary>A blank 1-bit A4 page at 150 dpi.</summary>
    public const string PageBlanchePng = "page-blanche.png";

    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Vigie.Documents.Tests", "Fixtures", "Ocr");

    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(Folder, name));
}
