namespace Vigie.Documents.Ocr.Native;

/// <summary>The caller's cancellation token, reachable from Tesseract's cancel callback through a GCHandle.</summary>
internal sealed class RecognitionCancellation(CancellationToken token)
{
    public bool IsCancellationRequested => token.IsCancellationRequested;
}
