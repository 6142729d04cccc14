namespace Vigie.Acts.Reporting;

/// <summary>Why a document could not be processed: a contract error code and a French message.</summary>
public sealed record ErrorReport(string Code, string Message);
