namespace Vigie.Storage.Export;

/// <summary>What an export wrote.</summary>
/// <param name="Directory">The export folder.</param>
/// <param name="ActCount">Acts in the catalogue files.</param>
/// <param name="FileCount">Originals copied (a document holding acts of several types is copied into each folder).</param>
/// <param name="MissingOriginals">SHA-256 of the documents whose original is absent from the store.</param>
public sealed record GedExportResult(string Directory, int ActCount, int FileCount, IReadOnlyList<string> MissingOriginals);
