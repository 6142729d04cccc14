using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Evaluation;

/// <summary>
/// Scores the detector on a labelled corpus. A prediction matches a gold entity of the same type when they overlap
/// by at least half of the longer one; matching is one-to-one.
/// </summary>
public sealed class PiiEvaluator(PiiDetector detector)
{
    public EvaluationReport Evaluate(IReadOnlyList<LabelledDocument> documents, string group)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var gold = new Dictionary<PiiType, int>();
        var predicted = new Dictionary<PiiType, int>();
        var tpGold = new Dictionary<PiiType, int>();
        var tpPredicted = new Dictionary<PiiType, int>();
        var errors = new List<EvaluationError>();
        var leaking = 0;
        foreach (var document in documents)
        {
            var spans = detector.Detect(document.Text).Spans;
            var usedPrediction = new bool[spans.Count];
            var leaked = false;
            foreach (var entity in document.Entities)
            {
                gold[entity.Type] = gold.GetValueOrDefault(entity.Type) + 1;
                var match = -1;
                for (var k = 0; k < spans.Count; k++)
                {
                    if (!usedPrediction[k] && spans[k].Type == entity.Type && Matches(entity.Start, entity.End, spans[k].Start, spans[k].End))
                    {
                        match = k;
                        break;
                    }
                }

                if (match >= 0)
                {
                    usedPrediction[match] = true;
                    tpGold[entity.Type] = tpGold.GetValueOrDefault(entity.Type) + 1;
                }
                else
                {
                    leaked = true;
                    errors.Add(new EvaluationError(document.Name, true, entity.Type, entity.Start, entity.End, document.Text[entity.Start..entity.End]));
                }
            }

            for (var k = 0; k < spans.Count; k++)
            {
                var span = spans[k];
                predicted[span.Type] = predicted.GetValueOrDefault(span.Type) + 1;
                if (usedPrediction[k])
                {
                    tpPredicted[span.Type] = tpPredicted.GetValueOrDefault(span.Type) + 1;
                }
                else
                {
                    errors.Add(new EvaluationError(document.Name, false, span.Type, span.Start, span.End, document.Text[span.Start..span.End]));
                }
            }

            if (leaked)
            {
                leaking++;
            }
        }

        var perType = new List<TypeScore>();
        foreach (var type in PiiTypeCodes.All)
        {
            perType.Add(new TypeScore(type, gold.GetValueOrDefault(type), predicted.GetValueOrDefault(type), tpGold.GetValueOrDefault(type), tpPredicted.GetValueOrDefault(type)));
        }

        var overall = new TypeScore(null, gold.Values.Sum(), predicted.Values.Sum(), tpGold.Values.Sum(), tpPredicted.Values.Sum());
        return new EvaluationReport(group, documents.Count, leaking, perType, overall, errors);
    }

    /// <summary>Overlap of at least half of the longer span.</summary>
    public static bool Matches(int goldStart, int goldEnd, int start, int end)
    {
        var overlap = Math.Min(goldEnd, end) - Math.Max(goldStart, start);
        var longer = Math.Max(goldEnd - goldStart, end - start);
        return overlap > 0 && overlap * 2 >= longer;
    }
}
