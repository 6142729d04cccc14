using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>Reads the legal basis of a contract: the field <c>base_legale</c>, else the articles cited by the act.</summary>
internal static partial class ContractBasisReader
{
    /// <summary>CGFP articles on which a contractual agent can be recruited.</summary>
    private static readonly string[] RecruitmentArticles =
    [
        "L332-8", "L332-13", "L332-14", "L332-23", "L332-24", "L332-25", "L332-6", "L332-7", "L333-1", "L343-1", "L352-4",
    ];

    public static ContractBasis? Read(AnalyzedAct act)
    {
        if (!string.IsNullOrWhiteSpace(act.Fields.BaseLegale) && Parse(act.Fields.BaseLegale) is { } fromField)
        {
            // The field may lack the alinéa the text gives.
            var fromText = FromText(act);
            var evidence = ActEvidence.ForField(act, FieldNames.BaseLegale) ?? fromText?.Evidence;
            return fromField.Alinea is null && fromText is { Alinea: not null } t && t.Article == fromField.Article
                ? t
                : fromField with { Evidence = evidence };
        }

        return FromText(act);
    }

    /// <summary>"L332-23 1°", "L. 332-8, 2°", "article L.332-14" → article and alinéa; null when not a recruitment article.</summary>
    public static ContractBasis? Parse(string value)
    {
        var match = CgfpArticleRegex().Match(value);
        return match.Success && ToBasis(match, null) is { } basis ? basis : null;
    }

    private static ContractBasis? FromText(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        ContractBasis? best = null;
        for (var match = CgfpArticleRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (ToBasis(match, ActEvidence.FromMatch(act, match)) is not { } basis)
            {
                continue;
            }

            if (best is null || (best.Alinea is null && basis.Alinea is not null && basis.Article == best.Article))
            {
                best = basis;
            }
        }

        if (best is not null)
        {
            return best;
        }

        var legacy = LegacyArticleRegex().Match(text);
        return legacy.Success
            ? new ContractBasis(legacy.Groups["a"].Value, legacy.Groups["al"].Success ? legacy.Groups["al"].Value + "°" : null, true, ActEvidence.FromMatch(act, legacy))
            : null;
    }

    private static ContractBasis? ToBasis(Match match, Evidence? evidence)
    {
        var article = "L" + match.Groups["t"].Value + "-" + match.Groups["n"].Value;
        if (!RecruitmentArticles.Contains(article, StringComparer.Ordinal))
        {
            return null;
        }

        var alinea = match.Groups["al"].Success ? match.Groups["al"].Value + "°" : null;
        return new ContractBasis(article, alinea, false, evidence);
    }

    [GeneratedRegex(@"\bL\.?\s*(?<t>3\d{2})\s?[-‐‑–]\s?(?<n>\d{1,2})(?!\d)(?:[ \t]*,?[ \t]*(?:(?<al>[1-9])[ \t]*(?:°|º|o\b|er\b|e\b|[eè]me\b)|alin[ée]a[ \t]+(?<al>[1-9])\b))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CgfpArticleRegex();

    /// <summary>"article 3-3 2° de la loi n° 84-53" or "loi n° 84-53 …, notamment son article 3 1°" (before the CGFP).</summary>
    [GeneratedRegex(@"\barticle\s+(?<a>3(?:-[1-6])?|38|47|110)(?:[ \t]*,?[ \t]*(?:I+[ \t]*,?[ \t]*)?(?<al>[1-9])[ \t]*°)?[^.\n]{0,80}?loi\s+(?:n\s?[°ºo]\.?\s*)?84[-‐‑–]\s?53\b|\bloi\s+(?:n\s?[°ºo]\.?\s*)?84[-‐‑–]\s?53\b[^.\n;]{0,80}?\barticle\s+(?<a>3(?:-[1-6])?|38|47|110)(?![\d-])(?:[ \t]*,?[ \t]*(?:I+[ \t]*,?[ \t]*)?(?<al>[1-9])[ \t]*°)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegacyArticleRegex();
}
