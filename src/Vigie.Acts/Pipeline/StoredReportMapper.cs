using System.Text.Json;
using Vigie.Acts.Model;
using Vigie.Acts.Reporting;
using Vigie.Storage.Catalog;

namespace Vigie.Acts.Pipeline;

/// <summary>
/// Converts between the report's shape and the catalogue's rows: what the pipeline saves, and how a document
/// already checked is reported again without being analysed twice.
/// </summary>
public static class StoredReportMapper
{
    public static DocumentResult ToResult(long batchId, DocumentReport report, long sizeBytes)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = new DocumentRow
        {
            Format = report.Format,
            SizeBytes = sizeBytes,
            PageCount = report.PageCount,
            Status = report.Error is null ? DocumentStatus.Processed : DocumentStatus.Error,
            Error = report.Error is null ? null : new StoredError(report.Error.Code, report.Error.Message),
        };
        var acts = report.Acts.Select((act, index) => new ActRow
        {
            ActIndex = index,
            Pages = act.Pages,
            Type = act.Type,
            Collectivite = act.Fields.Collectivite,
            Departement = act.Fields.Departement,
            AgentNom = act.Fields.AgentNom,
            AgentPrenom = act.Fields.AgentPrenom,
            Grade = act.Fields.Grade,
            DateEffet = act.Fields.DateEffet,
            DateSignature = act.Fields.DateSignature,
            Verdict = BatchSummary.VerdictCode(act.Verdict),
            FieldsJson = JsonSerializer.Serialize(act.Fields, ReportJson.Compact),
            AnomaliesJson = JsonSerializer.Serialize(act.Anomalies, ReportJson.Compact),
        }).ToArray();
        return new DocumentResult(batchId, report.Source, report.Sha256!, document, acts);
    }

    /// <summary>The report of a document the catalogue already holds, under the name it has in this batch.</summary>
    public static DocumentReport FromStored(string source, StoredDocument stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var acts = stored.Acts.Select(act => new ActReport(
            act.Pages,
            act.Type ?? ActType.Autre.ToCode(),
            JsonSerializer.Deserialize<ActFields>(act.FieldsJson, ReportJson.Options) ?? new ActFields(),
            JsonSerializer.Deserialize<AnomalyReport[]>(act.AnomaliesJson, ReportJson.Options) ?? [],
            ParseVerdict(act.Verdict))
        {
            GedId = act.Id,
            Classement = ClassementCode(act.Classement),
        }).ToArray();
        return new DocumentReport(
            source,
            stored.Sha256,
            stored.Status == DocumentStatus.Processed ? DocumentReport.Processed : DocumentReport.Failed,
            stored.Error is null ? null : new ErrorReport(stored.Error.Code, stored.Error.Message),
            acts)
        {
            Format = stored.Format,
            PageCount = stored.PageCount,
        };
    }

    public static string ClassementCode(Classement classement) => classement switch
    {
        Classement.Classe => DocumentChecker.Filed,
        Classement.Renvoye => "renvoye",
        _ => DocumentChecker.Pending,
    };

    private static Verdict ParseVerdict(string? code) => code switch
    {
        "conforme" => Verdict.Conforme,
        "a_corriger" => Verdict.ACorriger,
        _ => Verdict.AVerifier,
    };
}
