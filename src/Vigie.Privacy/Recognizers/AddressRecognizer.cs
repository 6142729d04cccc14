using System.Text;
using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;
using Vigie.Privacy.Text;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Postal addresses of persons: number (bis, ter…), street type and name, lieu-dit or hameau, then the postal code
/// and town (checked against the communes list) on the same or the next line. Addresses in an organisation's
/// context (a mairie's letterhead, "place de la Mairie") are not a person's and are kept.
/// </summary>
public sealed partial class AddressRecognizer : IPiiRecognizer
{
    private const int MaxStreetName = 60;

    public string Name => "adresse";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        var found = new List<(int Start, int End)>();
        foreach (var match in StreetStart().EnumerateMatches(text))
        {
            var nameEnd = StreetNameEnd(text, match.Index + match.Length);
            if (!HasProperWord(text.AsSpan(match.Index + match.Length, nameEnd - (match.Index + match.Length))))
            {
                continue;
            }

            var end = ExtendWithTown(context, nameEnd);
            if (IsOrganisationAddress(text, match.Index, end))
            {
                continue;
            }

            found.Add((match.Index, end));
        }

        foreach (Match line in PostalLine().Matches(text))
        {
            var cp = line.Groups["cp"];
            if (!context.Lexicons.Communes.IsPostalCode(cp.ValueSpan) || Covered(found, cp.Index))
            {
                continue;
            }

            var start = PostalBlockStart(text, line.Index);
            if (start >= 0)
            {
                found.Add((start, line.Index + line.Length));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<(int Start, int End)>();
        foreach (var span in found)
        {
            if (merged.Count > 0 && IsJoinable(text, merged[^1].End, span.Start))
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        foreach (var (start, end) in merged)
        {
            output.Add(new PiiSpan(start, end, PiiType.Adresse, 0.9, Key(text.AsSpan(start, end - start))));
        }
    }

    private static bool Covered(List<(int Start, int End)> spans, int position)
    {
        foreach (var (start, end) in spans)
        {
            if (position >= start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two address parts separated only by a comma, a dash or one line break are one address.</summary>
    private static bool IsJoinable(string text, int end, int start)
    {
        if (start < end)
        {
            return true;
        }

        var lineBreaks = 0;
        for (var i = end; i < start; i++)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                lineBreaks++;
            }
            else if (!char.IsWhiteSpace(ch) && ch is not ',' and not '-' and not '–')
            {
                return Complement().IsMatch(text.AsSpan(end, start - end)) && lineBreaks <= 1;
            }
        }

        return lineBreaks <= 1;
    }

    private static int StreetNameEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + MaxStreetName);
        var lastWordEnd = from;
        for (var i = from; i < limit; i++)
        {
            var ch = text[i];
            if (ch is '\n' or ',' or ';' or '(' or ')' or '–' or '|' or '<' or '"' or '«' or '»')
            {
                return TrimEnd(text, from, i);
            }

            if (ch == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && i > 0 && char.IsLower(text[i - 1]))
            {
                return TrimEnd(text, from, i);
            }

            if (ch == ' ' && i + 2 < text.Length)
            {
                // " - ", " à Lyon", a postal code or a following sentence end the street name.
                if (text[i + 1] is '-' && i + 2 < text.Length && text[i + 2] == ' ')
                {
                    return TrimEnd(text, from, i);
                }

                if ((text[i + 1] is 'à' or 'a') && i + 2 < text.Length && text[i + 2] == ' ')
                {
                    return TrimEnd(text, from, i);
                }

                if (i + 6 <= text.Length && IsPostalCodeAt(text, i + 1))
                {
                    return TrimEnd(text, from, i);
                }

                lastWordEnd = i;
            }
        }

        return limit == text.Length ? TrimEnd(text, from, limit) : TrimEnd(text, from, lastWordEnd);
    }

    private static bool IsPostalCodeAt(string text, int index)
    {
        for (var k = 0; k < 5; k++)
        {
            if (index + k >= text.Length || !char.IsAsciiDigit(text[index + k]))
            {
                return false;
            }
        }

        return index + 5 >= text.Length || !char.IsAsciiDigit(text[index + 5]);
    }

    private static int TrimEnd(string text, int from, int end)
    {
        while (end > from && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ':'))
        {
            end--;
        }

        return end;
    }

    private static bool HasProperWord(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if ((char.IsUpper(ch) || char.IsAsciiDigit(ch)) && (i == 0 || !char.IsLetter(name[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static int ExtendWithTown(PiiAnalysisContext context, int end)
    {
        var text = context.Text;
        var postal = TownAfter().Match(text, end, Math.Min(text.Length - end, 120));
        if (postal.Success)
        {
            var cp = postal.Groups["cp"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (context.Lexicons.Communes.IsPostalCode(cp) || IsCommune(context, postal.Groups["town"].ValueSpan))
            {
                return postal.Index + postal.Length;
            }
        }

        var town = TownByName().Match(text, end, Math.Min(text.Length - end, 80));
        if (town.Success && IsCommune(context, town.Groups["town"].ValueSpan))
        {
            return town.Index + town.Length;
        }

        return end;
    }

    private static bool IsCommune(PiiAnalysisContext context, ReadOnlySpan<char> town)
    {
        Span<char> buffer = stackalloc char[64];
        var trimmed = town.Trim();
        if (trimmed.Length > buffer.Length)
        {
            return false;
        }

        var length = TextKey.Fold(trimmed, buffer);
        return context.Lexicons.Communes.IsCommuneName(buffer[..length]);
    }

    /// <summary>A postal-code line directly under a person's name (letter block), with at most one line between.</summary>
    private static int PostalBlockStart(string text, int lineStart)
    {
        if (lineStart == 0)
        {
            return -1;
        }

        var previousStart = text.LastIndexOf('\n', Math.Max(0, lineStart - 2)) + 1;
        var previous = text.AsSpan(previousStart, Math.Max(0, lineStart - 1 - previousStart));
        if (PersonLine().IsMatch(previous))
        {
            return lineStart;
        }

        if (previousStart < 2 || previous.Trim().Length is 0 or > 45)
        {
            return -1;
        }

        var beforeStart = text.LastIndexOf('\n', Math.Max(0, previousStart - 2)) + 1;
        var before = text.AsSpan(beforeStart, Math.Max(0, previousStart - 1 - beforeStart));
        return PersonLine().IsMatch(before) && !OrganisationContext.IsOrganisation(text, previousStart + previous.Length, 0)
            ? previousStart + (previous.Length - previous.TrimStart().Length)
            : -1;
    }

    private static bool IsOrganisationAddress(string text, int start, int end)
    {
        var address = text.AsSpan(start, end - start);
        if (PublicBuilding().IsMatch(address))
        {
            return true;
        }

        var before = ContextWindow.BlockBefore(text, start, 3);
        if (PersonalCue().IsMatch(before))
        {
            return false;
        }

        return OrganisationContext.IsOrganisation(text, start, 3);
    }

    private static string Key(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in TextKey.Fold(value))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(ch);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    private const string StreetTypes = "rue|avenue|av\\.|bd\\.?|boulevard|place|pl\\.|chemin|ch\\.|impasse|imp\\.|all[ée]e|route|rte|quai|cours|square|sq\\.|lotissement|lot\\.|r[ée]sidence|r[ée]sid\\.|hameau|chauss[ée]e|sentier|voie|passage|cit[ée]|domaine|faubourg|fbg|promenade|rond-point|esplanade|mont[ée]e|traverse|villa|mail|parvis|ruelle|venelle|clos|carrefour|quartier|lieu-dit|lieudit|grande?[- ]rue|parc|cour|vc";

    [GeneratedRegex(@"(?<![\w/.,°])(?:\d{1,4}(?:\s?(?:bis|ter|quater|[a-dA-D])\b)?\s*,?\s+(?:" + StreetTypes + @")(?=[\s.])|(?:lieu[- ]dit|lieudit|(?-i:Hameau|Lotissement|R[ée]sidence|HAMEAU|LOTISSEMENT|R[ÉE]SIDENCE))\s+(?=(?:(?:de|du|des|la|le|les|l'|d')\s*)*(?-i:[A-ZÉÈÊÀÂÎÔÛÇ])))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StreetStart();

    [GeneratedRegex(@"\G[ \t]*(?:[,\-–][ \t]*)?(?:\r?\n[ \t]*)?(?:(?:BP|CS|TSA)\s*\d+[ \t,]*)?(?<cp>\d{5}|\d{2}\s\d{3})[ \t]+(?<town>[A-ZÉÈÊÀÂÎÔÛÇ][\p{L}'’\- ]{0,45}?)(?:[ \t]+(?:cedex|CEDEX|Cedex)(?:[ \t]*\d{1,2})?)?(?=[ \t]*(?:[\r\n,;.()]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex TownAfter();

    [GeneratedRegex(@"\G[ \t]+(?:à|a)[ \t]+(?<town>[A-ZÉÈÊÀÂÎÔÛÇ][\p{L}'’\-]*(?:[ \-](?:sur|sous|en|le|la|les|de|du|des|lès|lez|d'|[A-ZÉÈ][\p{L}'’\-]*))*)(?:[ \t]*\(\d{5}\))?", RegexOptions.CultureInvariant)]
    private static partial Regex TownByName();

    [GeneratedRegex(@"^[ \t]*(?<cp>\d{5})[ \t]+[A-ZÉÈÊÀÂÎÔÛÇ][\p{L}'’\- ]{1,45}?(?:[ \t]+(?:cedex|CEDEX|Cedex)(?:[ \t]*\d{1,2})?)?[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PostalLine();

    [GeneratedRegex(@"^\s*(?:M\.|MM\.|Mme|Mmes|Mlle|Madame|Monsieur|Mademoiselle|MADAME|MONSIEUR)\s+(?!le\b|la\b|les\b|l')\S", RegexOptions.CultureInvariant)]
    private static partial Regex PersonLine();

    [GeneratedRegex(@"\b(?:mairie|h[ôo]tel\s+de\s+ville|pr[ée]fecture|h[ôo]tel\s+du\s+d[ée]partement|h[ôo]tel\s+de\s+r[ée]gion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PublicBuilding();

    [GeneratedRegex(@"^[\s,–-]*(?:(?:b[âa]t(?:iment)?\.?|appartement|appt\.?|apt\.?|escalier|esc\.?|[ée]tage|porte|entr[ée]e|r[ée]sidence)\s*[\p{L}\d-]{1,6}[\s,–-]*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Complement();

    [GeneratedRegex(@"\badresse\s*:|demeurant|domicili|r[ée]sidant|habitant|adresse\s+(?:personnelle|postale|du\s+domicile)|domicile|\bM\.\s|\bMme\b|\bMlle\b|Madame\s+(?!la\b|le\b)[A-ZÉ]|Monsieur\s+(?!le\b|la\b)[A-ZÉ]|MADAME\s+[A-Z]|MONSIEUR\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalCue();
}
