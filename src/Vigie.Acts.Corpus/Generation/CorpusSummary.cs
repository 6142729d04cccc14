namespace Vigie.Acts.Corpus.Generation;

/// <summary>What a generation wrote.</summary>
/// <param name="Directory">The corpus folder.</param>
/// <param name="LabelsPath">Its labels.jsonl.</param>
/// <param name="Documents">Documents labelled (files and ZIP entries).</param>
/// <param name="Acts">Acts written.</param>
/// <param name="ActsByFormat">Acts per format.</param>
/// <param name="InjectedByCode">Injected anomalies per code.</param>
/// <param name="Notes">French notes for the user (e.g. scans skipped).</param>
public sealed record CorpusSummary(
    string Directory,
    string LabelsPath,
    int Documents,
    int Acts,
    IReadOnlyDictionary<string, int> ActsByFormat,
    IReadOnlyDictionary<string, int> InjectedByCode,
    IReadOnlyList<string> Notes);
