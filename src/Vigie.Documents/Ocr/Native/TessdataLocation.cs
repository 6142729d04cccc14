namespace Vigie.Documents.Ocr.Native;

/// <summary>The language data folder found, or why none was (French, for the batch report).</summary>
internal sealed record TessdataLocation(string? Folder, string? UnavailableReason);
