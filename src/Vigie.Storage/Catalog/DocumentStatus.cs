namespace Vigie.Storage.Catalog;

/// <summary>Outcome of reading a document (stored as in the report: "processed", "error").</summary>
public enum DocumentStatus
{
    Processed,
    Error,
}
