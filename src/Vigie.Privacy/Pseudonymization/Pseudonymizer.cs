using System.Text;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Pseudonymization;

/// <summary>Replaces the personal data of a text with the placeholders of a <see cref="PseudonymMap"/>.</summary>
public sealed class Pseudonymizer(PiiDetector detector)
{
    /// <summary>Pseudonymises <paramref name="text"/>, adding new entities to <paramref name="map"/>.</summary>
    public PseudonymizationResult Pseudonymize(string text, PseudonymMap map)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        var detection = detector.Detect(text, map.KnownPersons);
        return Apply(detection, map);
    }

    /// <summary>Replaces the spans of an existing detection.</summary>
    public static PseudonymizationResult Apply(PiiDetection detection, PseudonymMap map)
    {
        ArgumentNullException.ThrowIfNull(detection);
        ArgumentNullException.ThrowIfNull(map);
        var text = detection.Text;
        var builder = new StringBuilder(text.Length);
        var entities = new List<PiiEntity>(detection.Spans.Count);
        var position = 0;
        foreach (var span in detection.Spans)
        {
            var original = text[span.Start..span.End];
            var placeholder = map.Assign(span, original).ToString();
            builder.Append(text, position, span.Start - position).Append(placeholder);
            position = span.End;
            entities.Add(new PiiEntity(span.Start, span.End, span.Type, original, placeholder, Math.Round(span.Score, 2)));
        }

        builder.Append(text, position, text.Length - position);
        return new PseudonymizationResult(builder.ToString(), entities);
    }
}
