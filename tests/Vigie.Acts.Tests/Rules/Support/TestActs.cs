using Vigie.Acts.Model;
using Vigie.Documents.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Tests.Rules.Support;

/// <summary>Builds analysed acts from page texts, the way the splitter and the analyser would hand them to the rules.</summary>
internal static class TestActs
{
    public static AnalyzedAct Build(
        ActType type,
        string text,
        Action<ActFields>? fields = null,
        double typeConfidence = 0.95,
        double? ocrConfidence = null,
        IReadOnlyList<string>? morePages = null)
    {
        var texts = new[] { text }.Concat(morePages ?? []).ToList();
        var pages = texts
            .Select((t, i) => new DocumentPage(i + 1, t, ocrConfidence is null ? TextOrigin.Native : TextOrigin.Ocr, ocrConfidence))
            .ToList();
        var document = new DocumentContent("lot/acte.txt", new string('0', 64), "txt", pages);
        var parts = pages.Select(p => new SegmentPart(p.Number, new TextSpan(0, p.Text.Length))).ToList();
        var actFields = new ActFields();
        fields?.Invoke(actFields);
        return new AnalyzedAct(new ActSegment(document, parts), type, typeConfidence, actFields);
    }

    /// <summary>The same act with one passage of its text replaced (the replaced text must be there).</summary>
    public static string Replace(string text, string oldValue, string newValue)
    {
        Assert.Contains(oldValue, text, StringComparison.Ordinal);
        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }
}
