using Microsoft.Extensions.Options;
using Vigie.Documents.Ocr;

[assembly: AssemblyFixture(typeof(Vigie.Documents.Tests.OcrEngineFixture))]

namespace Vigie.Documents.Tests;

/// <summary>
/// One Tesseract engine for every OCR test (loading the French data once; its pool of two engines also keeps the
/// OCR tests of different classes from crowding the cores).
/// </summary>
public sealed class OcrEngineFixture : IDisposable
{
    public OcrEngineFixture()
    {
        Engine = new TesseractOcrEngine(Options.Create(new DocumentsOptions()), settings: new TesseractEngineSettings { MaxConcurrentEngines = 2 });
    }

    public TesseractOcrEngine Engine { get; }

    /// <summary>The engine, or a clean skip when Tesseract or its French data is not installed.</summary>
    public TesseractOcrEngine RequireEngine()
    {
        if (!Engine.IsAvailable)
        {
            Assert.Skip($"Tesseract indisponible : {Engine.UnavailableReason}");
        }

        return Engine;
    }

    public void Dispose() => Engine.Dispose();
}
