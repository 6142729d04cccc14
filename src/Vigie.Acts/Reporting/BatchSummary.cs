using Vigie.Acts.Model;

namespace Vigie.Acts.Reporting;

/// <summary>Counts of a batch, accumulated while the report is written (extension <c>summary</c> of report.json).</summary>
public sealed class BatchSummary
{
    public int Documents { get; private set; }

    public int DocumentsInError { get; private set; }

    public int Acts { get; private set; }

    public int NonActs { get; private set; }

    public SortedDictionary<string, int> ByVerdict { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ByType { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ByAnomaly { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ByError { get; } = new(StringComparer.Ordinal);

    public void Add(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Documents++;
        NonActs += document.NonActs.Count;
        if (document.Error is not null)
        {
            DocumentsInError++;
            Increment(ByError, document.Error.Code);
        }

        foreach (var act in document.Acts)
        {
            Acts++;
            Increment(ByVerdict, VerdictCode(act.Verdict));
            Increment(ByType, act.Type);
            foreach (var code in act.Anomalies.Select(a => a.Code).Distinct(StringComparer.Ordinal))
            {
                Increment(ByAnomaly, code);
            }
        }
    }

    public static string VerdictCode(Verdict verdict) => verdict switch
    {
        Verdict.Conforme => "conforme",
        Verdict.ACorriger => "a_corriger",
        _ => "a_verifier",
    };

    private static void Increment(SortedDictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
