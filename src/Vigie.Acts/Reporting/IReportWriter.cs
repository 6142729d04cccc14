namespace Vigie.Acts.Reporting;

/// <summary>Writes one output of a batch (report.json, report.html, report.csv) document by document.</summary>
public interface IReportWriter : IAsyncDisposable
{
    Task BeginAsync(ActsReportHeader header, CancellationToken cancellationToken);

    Task WriteAsync(DocumentReport document, CancellationToken cancellationToken);

    Task EndAsync(BatchSummary summary, CancellationToken cancellationToken);
}
