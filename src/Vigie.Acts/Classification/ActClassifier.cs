using System.Globalization;
using Vigie.Acts.Extraction;
using Vigie.Acts.Model;

namespace Vigie.Acts.Classification;

/// <summary>
/// Decides the type of an act from weighted clues (<see cref="TypeCues"/>) read in its parts: the objet and the
/// first article decide; the other articles and the considérants support; the visas barely count, so an act
/// that cites another kind of act in its visas keeps its own type. Deterministic and explained.
/// </summary>
public sealed class ActClassifier
{
    // Weight of a clue by the part of the act where it is read.
    private const double TitleWeight = 1.5;
    private const double FirstArticleWeight = 1.2;
    private const double OtherArticleWeight = 0.6;
    private const double ConsiderantWeight = 0.4;
    private const double VisaWeight = 0.08;
    private const double UnstructuredWeight = 0.8;

    // Below this score no type is recognised: a structured act becomes AUTRE.
    private const double MinimumScore = 2.4;

    // Score at which a type is considered fully established.
    private const double FullScore = 6.0;

    private static readonly string[] ObjetKeys = [KeyValueKeys.Objet, KeyValueKeys.TypeActe];

    private static readonly int TypeCount = Enum.GetValues<ActType>().Length;

    public ClassificationResult Classify(ActText act)
    {
        ArgumentNullException.ThrowIfNull(act);
        var scores = new double[TypeCount];
        var clues = new Clue?[TypeCount];
        foreach (var (range, weight, zone) in Zones(act))
        {
            Score(act.Text, range, weight, zone, scores, clues);
        }

        var hasClue = Array.Exists(scores, s => s >= MinimumScore);
        var nonActe = NonActeDetector.Detect(act, hasClue);
        if (nonActe is not null)
        {
            return new ClassificationResult(ActType.NonActe, 0.9, nonActe, TextRange.Empty);
        }

        var best = -1;
        var second = -1;
        for (var t = 0; t < TypeCount; t++)
        {
            if (best < 0 || scores[t] > scores[best])
            {
                second = best;
                best = t;
            }
            else if (second < 0 || scores[t] > scores[second])
            {
                second = t;
            }
        }

        var s1 = scores[best];
        var s2 = second >= 0 ? scores[second] : 0;
        if (s1 < MinimumScore)
        {
            var structured = act.Layout.HasActStructure;
            return new ClassificationResult(
                ActType.Autre,
                structured ? 0.7 : 0.45,
                structured
                    ? "Acte administratif reconnu (dispositif et articles) mais d'aucun des types contrôlés."
                    : "Texte sans dispositif ni indice de type : nature de l'acte incertaine.",
                TextRange.Empty);
        }

        var type = (ActType)best;
        var strength = Math.Min(1.0, s1 / FullScore);
        var margin = 0.5 + (0.5 * (s1 - s2) / s1);
        var confidence = strength * margin;
        if (!act.Layout.HasActStructure && act.KeyValues.Count < 3)
        {
            // No "ARRÊTE", no articles, no SIRH form: the clues may come from a text that only mentions such an act.
            confidence *= 0.85;
        }

        var clue = clues[best]!.Value;
        var reason = string.Create(CultureInfo.GetCultureInfo("fr-FR"),
            $"{type.ToLabel()} : indice « {clue.Cue.Label} » ({ZoneLabel(clue.Zone)})");
        if (s2 > 0 && second >= 0)
        {
            var other = clues[second];
            if (other is not null && s2 >= s1 * 0.5)
            {
                reason += string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                    $" ; autre type possible : {((ActType)second).ToLabel()} (indice « {other.Value.Cue.Label} », {ZoneLabel(other.Value.Zone)})");
            }
        }

        return new ClassificationResult(type, Math.Round(confidence, 3), reason + ".", clue.Range);
    }

    private static IEnumerable<(TextRange Range, double Weight, ActZone Zone)> Zones(ActText act)
    {
        var layout = act.Layout;
        if (!layout.HasActStructure && layout.Visas.Count == 0)
        {
            yield return (new TextRange(0, act.Text.Length), UnstructuredWeight, ActZone.Other);
        }
        else
        {
            yield return (layout.Title, TitleWeight, ActZone.Title);
        }

        foreach (var key in ObjetKeys)
        {
            if (act.KeyValues.TryGet(key, out var value) && !(layout.Title.Contains(value.Start) && layout.HasActStructure))
            {
                yield return (value, TitleWeight, ActZone.Title);
            }
        }

        for (var i = 0; i < layout.Articles.Count; i++)
        {
            yield return (layout.Articles[i], i == 0 ? FirstArticleWeight : OtherArticleWeight, ActZone.Article);
        }

        if (layout.Articles.Count == 0 && layout.Decision is { } decision)
        {
            var end = layout.Signature.IsEmpty ? act.Text.Length : layout.Signature.Start;
            if (end > decision)
            {
                yield return (new TextRange(decision, end), FirstArticleWeight, ActZone.Article);
            }
        }

        foreach (var considerant in layout.Considerants)
        {
            yield return (considerant, ConsiderantWeight, ActZone.Considerant);
        }

        foreach (var visa in layout.Visas)
        {
            yield return (visa, VisaWeight, ActZone.Visa);
        }
    }

    private static void Score(string text, TextRange range, double weight, ActZone zone, double[] scores, Clue?[] clues)
    {
        if (range.IsEmpty)
        {
            return;
        }

        var span = text.AsSpan(range.Start, range.Length);
        foreach (var cue in TypeCues.All)
        {
            foreach (var m in cue.Pattern.EnumerateMatches(span))
            {
                var t = (int)cue.Type;
                var gain = cue.Weight * weight;
                scores[t] += gain;
                if (clues[t] is null || gain > clues[t]!.Value.Gain)
                {
                    clues[t] = new Clue(cue, zone, gain, new TextRange(range.Start + m.Index, range.Start + m.Index + m.Length));
                }

                break; // a clue counts once per part of the act
            }
        }
    }

    private static string ZoneLabel(ActZone zone) => zone switch
    {
        ActZone.Title => "dans l'objet",
        ActZone.Article => "dans les articles",
        ActZone.Considerant => "dans les considérants",
        ActZone.Visa => "dans les visas",
        ActZone.Signature => "dans le bloc de signature",
        _ => "dans le texte",
    };

    private readonly record struct Clue(TypeCue Cue, ActZone Zone, double Gain, TextRange Range);
}
