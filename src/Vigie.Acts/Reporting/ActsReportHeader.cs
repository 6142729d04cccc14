namespace Vigie.Acts.Reporting;

/// <summary>The top of report.json: schema, date and (extension) the batch it comes from.</summary>
public sealed record ActsReportHeader(string Schema, DateTimeOffset GeneratedAt, string? BatchId);
