namespace Vigie.Storage.Originals;

/// <summary>The outcome of storing an original.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes: the object's name.</param>
/// <param name="SizeBytes">Size of the original.</param>
/// <param name="Created">False when the object was already stored (nothing was written).</param>
public sealed record OriginalSaveResult(string Sha256, long SizeBytes, bool Created);
