using System.Text.RegularExpressions;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Tells a public official named with the office they act in ("Le Maire, Jean DUPONT", "M. Jean DUPONT, Maire de …",
/// "Pour le Président et par délégation, …") from other persons. Agents' grades ("adjoint administratif") are not offices.
/// </summary>
internal static partial class OfficeContext
{
    public static bool IsOfficial(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start == 0)
        {
            lineStart = 0;
        }

        // The office may sit on the line above ("Le Maire,\nJean DUPONT") when nothing else precedes the name.
        var from = lineStart;
        if (text.AsSpan(lineStart, start - lineStart).Trim().Length <= 12 && lineStart > 1)
        {
            from = text.LastIndexOf('\n', lineStart - 2) + 1;
        }

        from = Math.Max(from, start - 160);
        var before = text.AsSpan(from, start - from);
        if (OfficeBefore().IsMatch(before))
        {
            return true;
        }

        var afterEnd = text.IndexOf('\n', end);
        if (afterEnd < 0)
        {
            afterEnd = text.Length;
        }

        afterEnd = Math.Min(afterEnd, end + 90);
        var after = text.AsSpan(end, afterEnd - end);
        if (OfficeAfter().IsMatch(after))
        {
            return true;
        }

        // Signature block: the office on the line just below the name ("Jean DUPONT\nMaire de Saint-Martin").
        if (afterEnd < text.Length && text.AsSpan(end, afterEnd - end).Trim().Trim(',').Length == 0)
        {
            var nextEnd = text.IndexOf('\n', afterEnd + 1);
            var next = text.AsSpan(afterEnd + 1, (nextEnd < 0 ? text.Length : nextEnd) - afterEnd - 1);
            return OfficeLine().IsMatch(next);
        }

        return false;
    }

    private const string Office = @"(?:maire(?:-adjointe?)?|adjointe?\s+(?:au|à\s+la)\s+maire|(?:premi(?:er|ère)|\d+\s?(?:e|er|re|ère|ème|eme))\s+adjointe?|adjointe?\s+d[ée]l[ée]gu[ée]e?|pr[ée]sidente?(?!\s+(?:de\s+l'association|du\s+club|de\s+s[ée]ance))|vice-pr[ée]sidente?|pr[ée]f[eè]te?|sous-pr[ée]f[eè]te?|ministre|d[ée]put[ée]e?|s[ée]nat(?:eur|rice)|conseill[eè]re?\s+(?:municipale?|d[ée]partementale?|r[ée]gionale?|communautaire|d[ée]l[ée]gu[ée]e?)|directeur\s+g[ée]n[ée]ral(?:\s+adjoint)?\s+des\s+services|directrice\s+g[ée]n[ée]rale(?:\s+adjointe)?\s+des\s+services|\bDGS\b|\bDGA\b|secr[ée]taire\s+g[ée]n[ée]rale?|par\s+d[ée]l[ée]gation|par\s+d[ée]l[ée]gation\s+du\s+maire)";

    [GeneratedRegex(@"(?:^|[\s,(])(?:(?:le|la|l'|Le|La|L')\s*)?" + Office + @"\b(?:\s+(?:de|du|des|d')\s*[^\n,;:.]{0,50})?\s*[,:]?\s*(?:\r?\n\s*)?(?:(?:M\.|MM\.|Mme|Madame|Monsieur)\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficeBefore();

    [GeneratedRegex(@"^\s*(?:,|\(|–|-)\s*(?:(?:le|la|l')\s*)?" + Office + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficeAfter();

    [GeneratedRegex(@"^\s*(?:(?:le|la|l')\s*)?" + Office + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OfficeLine();
}
