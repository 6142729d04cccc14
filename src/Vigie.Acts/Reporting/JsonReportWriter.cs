using System.Text.Json;

namespace Vigie.Acts.Reporting;

/// <summary>
/// Streams report.json (schema <c>vigie.acts-report/1</c>) so a batch of 40,000 acts never sits whole in memory.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly JsonSerializerOptions _options;

    public JsonReportWriter(Stream stream, bool indented = true)
    {
        _stream = stream;
        _options = indented ? ReportJson.Options : ReportJson.Compact;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = _options.Encoder });
    }

    public Task BeginAsync(ActsReportHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        _writer.WriteStartObject();
        _writer.WriteString("schema", header.Schema);
        _writer.WriteString("generated_at", header.GeneratedAt);
        _writer.WriteString("batch_id", header.BatchId);
        _writer.WritePropertyName("documents");
        _writer.WriteStartArray();
        return Task.CompletedTask;
    }

    public async Task WriteAsync(DocumentReport document, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(_writer, document, _options);
        if (_writer.BytesPending > 64 * 1024)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task EndAsync(BatchSummary summary, CancellationToken cancellationToken)
    {
        _writer.WriteEndArray();
        _writer.WritePropertyName("summary");
        JsonSerializer.Serialize(_writer, summary, _options);
        _writer.WriteEndObject();
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
