using Vigie.Acts.Corpus.Labels;

namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>Counts what <see cref="SliceScores"/> reports, act by act.</summary>
internal sealed class SliceAccumulator
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Correct, int Missing, int Spurious, int Wrong)> _fields = new(StringComparer.Ordinal);
    private int _acts;
    private int _typeCorrect;
    private int _verdictCorrect;

    public void AddAct(bool typeCorrect, bool verdictCorrect)
    {
        _acts++;
        _typeCorrect += typeCorrect ? 1 : 0;
        _verdictCorrect += verdictCorrect ? 1 : 0;
    }

    public void AddField(string field, string? expected, string? predicted)
    {
        if (expected is null && predicted is null)
        {
            return;
        }

        var (correct, missing, spurious, wrong) = _fields.GetValueOrDefault(field);
        if (expected is not null && predicted is null)
        {
            missing++;
        }
        else if (expected is null)
        {
            spurious++;
        }
        else if (string.Equals(expected, predicted, StringComparison.Ordinal))
        {
            correct++;
        }
        else
        {
            wrong++;
        }

        _fields[field] = (correct, missing, spurious, wrong);
    }

    public void AddCodes(IReadOnlyCollection<string> expected, IReadOnlyCollection<string> predicted)
    {
        foreach (var code in expected.Union(predicted, StringComparer.Ordinal))
        {
            var (tp, fp, fn) = _codes.GetValueOrDefault(code);
            var e = expected.Contains(code);
            var p = predicted.Contains(code);
            _codes[code] = (tp + (e && p ? 1 : 0), fp + (!e && p ? 1 : 0), fn + (e && !p ? 1 : 0));
        }
    }

    public SliceScores ToScores(IReadOnlyCollection<string> codesToList)
    {
        var fields = ContractFields.All
            .Select(f => _fields.TryGetValue(f, out var v) ? new FieldScore(f, v.Correct, v.Missing, v.Spurious, v.Wrong) : new FieldScore(f, 0, 0, 0, 0))
            .ToList();
        var codes = codesToList
            .Concat(_codes.Keys.Where(c => !codesToList.Contains(c)).Order(StringComparer.Ordinal))
            .Select(c => _codes.TryGetValue(c, out var v) ? new CodeScore(c, v.Tp, v.Fp, v.Fn) : new CodeScore(c, 0, 0, 0))
            .ToList();
        return new SliceScores(
            _acts,
            new Ratio(_typeCorrect, _acts),
            new Ratio(fields.Sum(f => f.Correct), fields.Sum(f => f.Compared)),
            new Ratio(_verdictCorrect, _acts),
            fields,
            codes);
    }
}
