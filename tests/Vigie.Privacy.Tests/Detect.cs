using Vigie.Privacy;
using Vigie.Privacy.Detection;
using Vigie.Privacy.Lexicons;

namespace Vigie.Privacy.Tests;

/// <summary>One detector per test run: the embedded lists load once (immutable afterwards).</summary>
internal static class Detect
{
    private static readonly Lazy<PrivacyLexicons> Lexicons = new(PrivacyLexicons.LoadEmbedded);
    private static readonly Lazy<PiiDetector> Default = new(() => PiiDetector.CreateDefault(new PrivacyOptions(), Lexicons.Value));

    public static PiiDetector Detector => Default.Value;

    public static PiiDetector With(PrivacyOptions options) => PiiDetector.CreateDefault(options, Lexicons.Value);

    /// <summary>The texts found, as "TYPE:text".</summary>
    public static List<string> Found(string text, PiiDetector? detector = null) =>
        (detector ?? Detector).Detect(text).Spans.Select(s => $"{s.Type.ToCode()}:{text[s.Start..s.End]}").ToList();
}
