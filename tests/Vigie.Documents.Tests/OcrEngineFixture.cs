using Microsoft.Extensions.Options;
using Vigie.Documents.Ocr;

namespace Vigie.Documents.Tests;

/// <summary>One Tesseract engine shared by the tests of a class (loading the French data once).</summary>
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
