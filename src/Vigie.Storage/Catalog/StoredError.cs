namespace Vigie.Storage.Catalog;

/// <summary>An error as the report shows it: a code (e.g. <c>PDF_CHIFFRE</c>) and a French message.</summary>
public sealed record StoredError(string Code, string Message);
