namespace Vigie.Bench.Ocr;

/// <summary>Share of the words of the true text found in the OCR text (each occurrence counted once): a plain quality gauge.</summary>
internal static class WordRecall
{
    public static double Of(string expected, string recognized)
    {
        var found = Words(recognized).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var total = 0;
        var hits = 0;
        foreach (var word in Words(expected))
        {
            total++;
            if (found.TryGetValue(word, out var left) && left > 0)
            {
                found[word] = left - 1;
                hits++;
            }
        }

        return total == 0 ? 1 : (double)hits / total;
    }

    private static IEnumerable<string> Words(string text) => text
        .Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => w.Trim(',', ';', '.', ':', '(', ')', '’', '\''))
        .Where(w => w.Length >= 2 && !w.All(c => c == '.'));
}
