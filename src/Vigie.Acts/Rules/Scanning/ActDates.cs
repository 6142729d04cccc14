using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>
/// The dates the rules reason on: the extracted fields first, then what the act writes at the usual places
/// ("Fait à …, le …"; "à compter du …" in the articles).
/// </summary>
internal static partial class ActDates
{
    /// <summary>Date of signature: the field, else the date of the "Fait à" line.</summary>
    public static DateOnly? Signature(AnalyzedAct act) =>
        act.Fields.DateSignature ?? SignatureBlockReader.Read(act).Date?.Date;

    /// <summary>Date d'effet: the field, else the start date, else the first "à compter du …" of the articles.</summary>
    public static DateOnly? Effect(AnalyzedAct act) =>
        act.Fields.DateEffet ?? act.Fields.DateDebut ?? EffectMention(act)?.Date;

    /// <summary>The date that decides which law applies: the signature, else the date d'effet.</summary>
    public static DateOnly? Reference(AnalyzedAct act) => Signature(act) ?? Effect(act);

    /// <summary>The first "à compter du …" (or "prend effet le …") of the articles.</summary>
    public static DateMention? EffectMention(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var layout = ActLayout.Of(text);
        var from = layout.DispositifStart;
        var match = EffectPhraseRegex().Match(text, from, layout.DispositifEnd(text) - from);
        return match.Success ? FrenchDates.At(text, match.Index + match.Length) : null;
    }

    /// <summary>
    /// True when the effect is tied to the notification or signature ("est nommé à compter de sa notification"), not
    /// counting the délai de recours that also runs "à compter de sa notification".
    /// </summary>
    public static bool EffectIsOnNotification(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        for (var match = OnNotificationRegex().Match(text); match.Success; match = match.NextMatch())
        {
            var before = text.AsSpan(Math.Max(0, match.Index - 120), Math.Min(120, match.Index));
            if (!before.Contains("délai", StringComparison.OrdinalIgnoreCase) && !before.Contains("recours", StringComparison.OrdinalIgnoreCase)
                && !before.Contains("delai", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Evidence of the date d'effet: the field's, else the "à compter du" words.</summary>
    public static Evidence? EffectEvidence(AnalyzedAct act)
    {
        if ((ActEvidence.ForField(act, "date_effet") ?? ActEvidence.ForField(act, "date_debut")) is { } field)
        {
            return field;
        }

        return EffectMention(act) is { } mention ? ActEvidence.FromSegment(act.Segment, mention.Index, mention.End) : null;
    }

    /// <summary>Evidence of the date of signature: the field's, else the "Fait à" line.</summary>
    public static Evidence? SignatureEvidence(AnalyzedAct act)
    {
        if (ActEvidence.ForField(act, FieldNames.DateSignature) is { } field)
        {
            return field;
        }

        var block = SignatureBlockReader.Read(act);
        return block.FaitLine is { } line ? ActEvidence.FromSegment(act.Segment, line.Start, line.End) : null;
    }

    [GeneratedRegex(@"(?:[àa]\s+compter\s+du|[àa]\s+partir\s+du|prend(?:ra)?\s+effet\s+(?:le|au|du|[àa]\s+compter\s+du)|avec\s+effet\s+(?:au|du))\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EffectPhraseRegex();

    [GeneratedRegex(@"(?:[àa]\s+compter\s+de|[àa]\s+partir\s+de|d[èe]s)\s+(?:la\s+date\s+de\s+)?(?:sa|la|leur)\s+(?:notification|signature|transmission|r[ée]ception)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OnNotificationRegex();
}
