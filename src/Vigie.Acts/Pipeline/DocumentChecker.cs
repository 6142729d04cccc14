using Microsoft.Extensions.Logging;
using Vigie.Acts.Classification;
using Vigie.Acts.Model;
using Vigie.Acts.Reporting;
using Vigie.Acts.Rules;
using Vigie.Documents.Inputs;
using Vigie.Documents.Model;
using Vigie.Documents.Reading;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Pipeline;

/// <summary>
/// Checks one document end to end: read, split into acts, classify and extract, check the rules, decide.
/// Never throws for a bad document: the report says what went wrong, in French.
/// </summary>
public sealed partial class DocumentChecker(
    DocumentReader reader,
    IActSplitter splitter,
    IActAnalyzer analyzer,
    IActChecker checker,
    ILogger<DocumentChecker> logger)
{
    public const string Filed = "classe";
    public const string Pending = "en_attente";

    public DocumentReport Check(InputItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Error is not null || item.Input is null)
        {
            var error = item.Error ?? new DocumentError(DocumentErrorCodes.FichierCorrompu, "Fichier illisible.");
            return Failed(item, new ErrorReport(error.Code, error.Message));
        }

        DocumentContent content;
        try
        {
            content = reader.Read(item.Input, cancellationToken);
        }
        catch (DocumentReadException e)
        {
            return Failed(item, new ErrorReport(e.Code, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception type only: messages of third-party parsers may quote the document's content.
            LogUnexpectedReadFailure(logger, e.GetType().Name);
            return Failed(item, new ErrorReport(
                DocumentErrorCodes.FichierCorrompu,
                "Le fichier n'a pas pu être lu : il est probablement endommagé ou d'un format inattendu."));
        }

        var acts = new List<ActReport>();
        var nonActs = new List<NonActReport>();
        foreach (var segment in splitter.Split(content))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzed = analyzer.Analyze(segment);
            if (analyzed.Type == ActType.NonActe)
            {
                nonActs.Add(new NonActReport(segment.Pages, analyzed.AnalysisNotes.FirstOrDefault() ?? "aucun élément d'acte administratif reconnu"));
                continue;
            }

            var result = checker.Check(analyzed);
            acts.Add(new ActReport(
                segment.Pages,
                analyzed.Type.ToCode(),
                analyzed.Fields,
                result.Anomalies.Select(AnomalyReport.From).ToArray(),
                result.Verdict)
            {
                TypeConfidence = Math.Round(analyzed.TypeConfidence, 3),
                Notes = analyzed.AnalysisNotes.ToArray(),
                Classement = result.Verdict == Verdict.Conforme ? Filed : Pending,
            });
        }

        if (acts.Count == 0)
        {
            return new DocumentReport(
                item.Source,
                item.Sha256,
                DocumentReport.Failed,
                new ErrorReport(
                    DocumentErrorCodes.PasUnActe,
                    "Aucun acte reconnu dans ce document (courrier, facture, page blanche ?) : il n'a pas été contrôlé."),
                [])
            {
                Format = content.Format,
                PageCount = content.Pages.Count,
                NonActs = nonActs,
                Warnings = content.Warnings,
            };
        }

        return new DocumentReport(item.Source, item.Sha256, DocumentReport.Processed, null, acts)
        {
            Format = content.Format,
            PageCount = content.Pages.Count,
            NonActs = nonActs,
            Warnings = content.Warnings,
        };
    }

    private static DocumentReport Failed(InputItem item, ErrorReport error) =>
        new(item.Source, item.Sha256, DocumentReport.Failed, error, []);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lecture impossible d'un document : exception {ExceptionType}")]
    private static partial void LogUnexpectedReadFailure(ILogger logger, string exceptionType);
}
