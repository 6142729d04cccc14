using System.Globalization;
using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>
/// Scores a report.json against a corpus's labels.jsonl: documents matched by source, acts by pages (then order);
/// type accuracy and confusion, exact match per field, precision/recall per anomaly code, verdict accuracy, overall
/// and per style and format. Documents of the report without a label (e.g. labels.jsonl itself) are ignored.
/// </summary>
public sealed class CorpusEvaluator
{
    public const string Absent = "(absent)";
    public const string InError = "(erreur)";
    public const string NoLabel = "(aucun)";
    private const int MaxMismatches = 500;

    /// <summary>Reads both files and evaluates.</summary>
    public CorpusEvaluation EvaluateFiles(string labelsPath, string reportPath) =>
        Evaluate(LabelsFile.Read(labelsPath), ActsReport.Load(reportPath));

    public CorpusEvaluation Evaluate(IReadOnlyList<LabelDocument> labels, ActsReport report)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(report);
        var run = new Run(report);
        foreach (var label in labels)
        {
            run.Add(label);
        }

        return run.Result(labels.Count);
    }

    internal static string NormalizeSource(string source) => source.Replace('\\', '/').TrimStart('.', '/');

    private sealed class Run
    {
        private readonly Dictionary<string, ReportDocument> _bySource = new(StringComparer.Ordinal);
        private readonly List<ReportDocument> _all;
        private readonly SliceAccumulator _overall = new();
        private readonly Dictionary<string, SliceAccumulator> _byStyle = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SliceAccumulator> _byFormat = new(StringComparer.Ordinal);
        private readonly Dictionary<(string, string), int> _confusion = [];
        private readonly List<EvaluationMismatch> _mismatches = [];
        private int _missing;
        private int _unexpected;
        private int _nonActs;
        private int _nonActsCorrect;
        private int _errors;
        private int _errorsCorrect;

        public Run(ActsReport report)
        {
            _all = [.. report.Documents];
            foreach (var document in report.Documents)
            {
                _bySource.TryAdd(NormalizeSource(document.Source), document);
            }
        }

        public void Add(LabelDocument label)
        {
            var source = NormalizeSource(label.Source);
            var document = Find(source);
            if (document is null)
            {
                _missing++;
                Mismatch(label.Source, string.Empty, "document", "absent du rapport");
            }

            switch (label.Kind)
            {
                case LabelDocument.KindErreur:
                    _errors++;
                    if (document is { IsError: true })
                    {
                        _errorsCorrect++;
                    }
                    else if (document is not null)
                    {
                        Mismatch(label.Source, string.Empty, "document", $"erreur {label.ExpectedError} attendue, document traité");
                    }

                    return;
                case LabelDocument.KindNonActe:
                    NonAct(label, document);
                    return;
                default:
                    Acts(label, document);
                    return;
            }
        }

        public CorpusEvaluation Result(int documents)
        {
            var codes = AnomalyCatalog.All;
            return new CorpusEvaluation(
                documents,
                _missing,
                _unexpected,
                _overall.ToScores(codes),
                _byStyle.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value.ToScores(codes), StringComparer.Ordinal),
                _byFormat.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value.ToScores(codes), StringComparer.Ordinal),
                new Ratio(_nonActsCorrect, _nonActs),
                new Ratio(_errorsCorrect, _errors),
                _confusion.Select(kv => new TypeConfusion(kv.Key.Item1, kv.Key.Item2, kv.Value))
                    .OrderBy(c => c.Expected, StringComparer.Ordinal).ThenByDescending(c => c.Count).ToList(),
                _mismatches);
        }

        private ReportDocument? Find(string source)
        {
            if (_bySource.TryGetValue(source, out var exact))
            {
                return exact;
            }

            // The report may carry the corpus folder in front of the relative path.
            var suffix = _all.Where(d => NormalizeSource(d.Source).EndsWith("/" + source, StringComparison.Ordinal)).Take(2).ToList();
            return suffix.Count == 1 ? suffix[0] : null;
        }

        private void NonAct(LabelDocument label, ReportDocument? document)
        {
            _nonActs++;
            var realActs = document?.Acts.Where(a => !string.Equals(a.Type, ActKindCodes.NonActe, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
            if (document is not null && realActs.Count == 0)
            {
                _nonActsCorrect++;
            }
            else if (document is not null)
            {
                Mismatch(label.Source, string.Empty, "type", $"pas un acte, rapporté comme {string.Join(", ", realActs.Select(a => a.Type))}");
            }

            Confuse(ActKindCodes.NonActe, document is null ? Absent : realActs.Count == 0 ? ActKindCodes.NonActe : realActs[0].Type);
            foreach (var act in realActs)
            {
                // Anomalies on a letter or an invoice are false alarms.
                _overall.AddCodes([], act.Anomalies.ToArray());
            }
        }

        private void Acts(LabelDocument label, ReportDocument? document)
        {
            var reported = document is { IsError: false } ? document.Acts.ToList() : [];
            var used = new bool[reported.Count];
            var matches = new ReportAct?[label.Acts.Count];
            for (var i = 0; i < label.Acts.Count; i++)
            {
                var pages = label.Acts[i].Pages;
                var best = -1;
                var bestScore = 0.0;
                for (var j = 0; j < reported.Count; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var overlap = reported[j].Pages.Intersect(pages).Count();
                    var score = reported[j].Pages.Count == pages.Count && overlap == pages.Count ? 1000 : overlap;
                    if (score > bestScore)
                    {
                        best = j;
                        bestScore = score;
                    }
                }

                if (best < 0 && reported.Count == label.Acts.Count && !used[i])
                {
                    best = i;
                }

                if (best >= 0)
                {
                    used[best] = true;
                    matches[i] = reported[best];
                }
            }

            for (var i = 0; i < label.Acts.Count; i++)
            {
                Score(label, label.Acts[i], matches[i], document);
            }

            for (var j = 0; j < reported.Count; j++)
            {
                if (!used[j])
                {
                    _unexpected++;
                    Confuse(NoLabel, reported[j].Type);
                    _overall.AddCodes([], reported[j].Anomalies.ToArray());
                    Mismatch(label.Source, Pages(reported[j].Pages), "document", "acte en trop dans le rapport (découpage)");
                }
            }
        }

        private void Score(LabelDocument document, LabelAct expected, ReportAct? predicted, ReportDocument? reportDocument)
        {
            var pages = Pages(expected.Pages);
            var predictedType = predicted?.Type ?? (reportDocument is { IsError: true } ? InError : Absent);
            var typeCorrect = string.Equals(expected.Type, predictedType, StringComparison.OrdinalIgnoreCase);
            var verdictCorrect = predicted is not null && string.Equals(expected.Verdict, predicted.Verdict, StringComparison.OrdinalIgnoreCase);
            Confuse(expected.Type, predictedType);
            if (!typeCorrect)
            {
                Mismatch(document.Source, pages, "type", $"attendu {expected.Type}, rapporté {predictedType}");
            }

            if (!verdictCorrect)
            {
                Mismatch(document.Source, pages, "verdict", $"attendu {expected.Verdict}, rapporté {predicted?.Verdict ?? Absent}");
            }

            var slices = new[] { _overall, Slice(_byStyle, expected.Style), Slice(_byFormat, string.IsNullOrEmpty(expected.Format) ? document.Format : expected.Format) };
            foreach (var slice in slices)
            {
                slice.AddAct(typeCorrect, verdictCorrect);
            }

            foreach (var field in ContractFields.All)
            {
                var e = FieldNormalizer.Normalize(field, expected.Fields.Get(field));
                var p = predicted is not null && predicted.Fields.TryGetValue(field, out var value) ? FieldNormalizer.Normalize(field, value) : null;
                foreach (var slice in slices)
                {
                    slice.AddField(field, e, p);
                }

                if (!string.Equals(e, p, StringComparison.Ordinal))
                {
                    Mismatch(document.Source, pages, "champ", $"{field} : attendu « {expected.Fields.Get(field) ?? "null"} », rapporté « {(predicted is not null && predicted.Fields.TryGetValue(field, out var raw) ? raw ?? "null" : "null")} »");
                }
            }

            var expectedCodes = expected.Anomalies.Distinct(StringComparer.Ordinal).ToArray();
            var predictedCodes = predicted?.Anomalies.ToArray() ?? [];
            foreach (var slice in slices)
            {
                slice.AddCodes(expectedCodes, predictedCodes);
            }

            foreach (var code in expectedCodes.Except(predictedCodes, StringComparer.Ordinal))
            {
                Mismatch(document.Source, pages, "anomalie_manquante", code);
            }

            foreach (var code in predictedCodes.Except(expectedCodes, StringComparer.Ordinal))
            {
                Mismatch(document.Source, pages, "anomalie_en_trop", code);
            }
        }

        private static SliceAccumulator Slice(Dictionary<string, SliceAccumulator> slices, string key)
        {
            if (!slices.TryGetValue(key, out var slice))
            {
                slices[key] = slice = new SliceAccumulator();
            }

            return slice;
        }

        private void Confuse(string expected, string predicted)
        {
            static string Code(string value) => value.StartsWith('(') ? value : value.ToUpperInvariant();
            var key = (Code(expected), Code(predicted));
            _confusion[key] = _confusion.GetValueOrDefault(key) + 1;
        }

        private void Mismatch(string source, string pages, string kind, string detail)
        {
            if (_mismatches.Count < MaxMismatches)
            {
                _mismatches.Add(new EvaluationMismatch(source, pages, kind, detail));
            }
        }

        private static string Pages(IReadOnlyList<int> pages) => pages.Count switch
        {
            0 => string.Empty,
            1 => pages[0].ToString(CultureInfo.InvariantCulture),
            _ => string.Create(CultureInfo.InvariantCulture, $"{pages.Min()}-{pages.Max()}"),
        };
    }
}
