using Vigie.Privacy.Detection;
using Vigie.Privacy.Lexicons;
using Vigie.Privacy.Text;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Names of natural persons, without any model: capitalised word sequences weighed by cues (civility, "l'agent",
/// "épouse", "née", labels, greetings), the INSEE first-name and surname lists, capitals for surnames, and a penalty
/// for ordinary French words (Petit, Blanc, Pierre). Every later mention of a found name ("DUPONT", "Mme Dupont",
/// "Claire") is linked to the same person. Officials named with their office are kept unless
/// <see cref="PrivacyOptions.MaskSignatories"/> is set; place and law names ("rue Victor Hugo", "loi Le Pors") are kept.
/// </summary>
public sealed class PersonNameRecognizer : IPiiRecognizer
{
    private const int MaxNameWords = 6;

    public string Name => "personne";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var findings = new List<NameFinding>();
        var tokens = context.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!tokens[i].IsProperShape && tokens[i].Shape != TokenShape.Initial)
            {
                i++;
                continue;
            }

            // "Participants : Nathalie Bertrand, Olivier Meunier et Rose Roux": a list continues its first name's cue.
            var inList = findings.Count > 0 && IsListContinuation(context, findings[^1].EndToken, i);
            var finding = TryFind(context, i, inList);
            if (finding is null)
            {
                i++;
                continue;
            }

            findings.Add(finding);
            i = finding.EndToken;
        }

        LinkMentions(context, findings);
        SetOfficialsAside(findings);
        foreach (var finding in findings)
        {
            if ((finding.IsOfficial && !context.Options.MaskSignatories) || (finding.Person.Surnames.Count == 0 && finding.Person.FirstNames.Count == 0))
            {
                continue;
            }

            var key = finding.Person.Surnames.Count > 0 ? finding.Person.Surnames[0] : finding.Person.FirstNames[0];
            output.Add(new PiiSpan(finding.Start, finding.End, PiiType.Personne, finding.Score, key) { Person = finding.Person });
        }
    }

    private static bool IsListContinuation(PiiAnalysisContext context, int previousEnd, int first)
    {
        if (previousEnd == first)
        {
            return context.GapBefore(first).IndexOf('\n') < 0 && context.GapBefore(first).Trim() is ",";
        }

        return previousEnd == first - 1 && context.TokenText(first - 1) is "et" && context.GapBefore(first - 1).Trim().Length == 0
            && context.GapBefore(first).Trim().Length == 0;
    }

    private static NameFinding? TryFind(PiiAnalysisContext context, int first, bool inList)
    {
        var (cue, gender) = FindCue(context, first);
        if (cue == CueKind.None && inList)
        {
            cue = CueKind.Label;
        }

        var end = CollectSequence(context, first);
        if (end <= first)
        {
            return null;
        }

        if (cue == CueKind.None && IsBlocked(context, first))
        {
            return null;
        }

        var facts = new WordFacts[end - first];
        for (var k = first; k < end; k++)
        {
            facts[k - first] = Facts(context, k);
        }

        // "Quai François Mauriac", "Lycée Jean Moulin": a place word opens the sequence.
        if (NameCueWords.PlaceWords.Contains(Fold(context, first)))
        {
            return null;
        }

        end = TrimTrailingOrdinary(facts, first, end);
        var score = Decide(context, first, facts.AsSpan(0, end - first), cue);
        if (score <= 0)
        {
            return null;
        }

        if (cue == CueKind.Greeting)
        {
            // "Bonjour Claire," names the first name only, unless a surname follows.
            if (!facts[0].IsFirstName)
            {
                return null;
            }
        }

        var (firstNames, surnames) = SplitParts(context, first, end, facts, cue);
        var last = end;

        // "Claire DUPONT épouse MARTIN", "Mme MARTIN née DUPONT": one person, two surnames.
        if (end + 1 < context.Tokens.Length && IsInline(context, end, allowComma: true))
        {
            var link = Fold(context, end);
            if (NameCueWords.SurnameLinks.Contains(link) && IsInline(context, end + 1, allowComma: false))
            {
                var secondEnd = CollectSequence(context, end + 1);
                if (secondEnd > end + 1)
                {
                    for (var k = end + 1; k < secondEnd; k++)
                    {
                        if (!NameCueWords.Particles.Contains(Fold(context, k)))
                        {
                            surnames.Add(Fold(context, k));
                        }
                    }

                    last = secondEnd;
                    if (link is "EPOUSE" or "NEE" or "VEUVE" or "EP")
                    {
                        gender = PersonGender.Female;
                    }
                }
            }
        }

        var start = context.Tokens[first].Start;
        var stop = context.Tokens[last - 1].End;
        var person = new PersonName(firstNames, surnames, gender);
        var official = OfficeContext.IsOfficial(context.Text, start, stop);
        return new NameFinding(first, last, start, stop, person, score, official);
    }

    private static double Decide(PiiAnalysisContext context, int first, ReadOnlySpan<WordFacts> facts, CueKind cue)
    {
        var nameWords = 0;
        var strongFirst = false;
        var weakFirst = false;
        var strongSurname = false;
        var possibleSurname = false;
        var ordinaryCount = 0;
        var firstIndex = -1;
        for (var k = 0; k < facts.Length; k++)
        {
            var f = facts[k];
            if (f.IsParticle && !f.IsUpper && context.Tokens[first + k].Shape == TokenShape.Lower)
            {
                continue;
            }

            nameWords++;
            if (f.IsOrdinary && !f.IsUpper)
            {
                ordinaryCount++;
            }

            if (firstIndex < 0 && f.IsFirstName)
            {
                firstIndex = k;
                strongFirst = f.IsStrongFirstName;
                weakFirst = !strongFirst;
                continue;
            }

            strongSurname |= f.IsStrongSurname;
            possibleSurname |= f.IsPossibleSurname || f.IsOrdinary;
        }

        switch (cue)
        {
            case CueKind.Civility:
            case CueKind.CueWord:
            case CueKind.Label:
                return nameWords > 0 && ordinaryCount < nameWords + (cue == CueKind.CueWord ? 0 : 1) ? 0.95 : 0;
            case CueKind.Greeting:
                return facts[0].IsFirstName && !facts[0].IsUpper ? 0.85 : 0;
        }

        if (nameWords < 2)
        {
            // "Inès (née le 01/03/2008)": a first name announced by the birth cue that follows it.
            return nameWords == 1 && facts[0].IsStrongFirstName && IsFollowedByBirthCue(context, first) ? 0.85 : 0;
        }

        if (strongFirst && (strongSurname || possibleSurname))
        {
            return strongSurname ? 0.9 : 0.8;
        }

        if (weakFirst && strongSurname)
        {
            return 0.8;
        }

        return 0;
    }

    private static bool IsFollowedByBirthCue(PiiAnalysisContext context, int index)
    {
        var after = context.Text.AsSpan(context.Tokens[index].End, Math.Min(12, context.Text.Length - context.Tokens[index].End));
        after = after.TrimStart(" ,(\t");
        return after.StartsWith("né ", StringComparison.Ordinal) || after.StartsWith("née ", StringComparison.Ordinal)
            || after.StartsWith("né(e)", StringComparison.Ordinal) || after.StartsWith("âgé", StringComparison.Ordinal);
    }

    /// <summary>Drops trailing ordinary capitalised words ("M. DUPONT Directeur") once a surname is already there.</summary>
    private static int TrimTrailingOrdinary(WordFacts[] facts, int first, int end)
    {
        while (end - first > 1)
        {
            var last = facts[end - first - 1];
            if (!(last.IsOrdinary && !last.IsUpper && !last.IsFirstName))
            {
                break;
            }

            var hasSurname = false;
            for (var k = 0; k < end - first - 1; k++)
            {
                hasSurname |= facts[k].IsStrongSurname;
            }

            if (!hasSurname)
            {
                break;
            }

            end--;
            while (end - first > 1 && facts[end - first - 1].IsParticle)
            {
                end--;
            }
        }

        return end;
    }

    private static (List<string> FirstNames, List<string> Surnames) SplitParts(
        PiiAnalysisContext context, int first, int end, WordFacts[] facts, CueKind cue)
    {
        var firstNames = new List<string>();
        var surnames = new List<string>();
        var count = end - first;
        if (count == 1)
        {
            var onlyFirstName = cue == CueKind.Greeting
                || (cue == CueKind.Label && Fold(context, first - 1) is "PRENOM" or "PRENOMS");
            (onlyFirstName ? firstNames : surnames).Add(Fold(context, first));
            return (firstNames, surnames);
        }

        // "DUPONT Claire": capitals first, then capitalised first names.
        if (facts[0].IsUpper && !facts[count - 1].IsUpper)
        {
            var k = 0;
            while (k < count && (facts[k].IsUpper || facts[k].IsParticle))
            {
                AddName(context, first + k, facts[k], surnames);
                k++;
            }

            for (; k < count; k++)
            {
                AddName(context, first + k, facts[k], firstNames);
            }

            return (firstNames, surnames);
        }

        var split = 0;
        while (split < count - 1 && (facts[split].IsFirstName || facts[split].IsInitial) && !facts[split].IsParticle
            && !(facts[split].IsUpper && !facts[0].IsUpper))
        {
            split++;
        }

        // A lone name after a civility is a surname; with a first name before it, the split stands.
        if (split == 0 && cue == CueKind.Label && Fold(context, first - 1) is "PRENOM" or "PRENOMS")
        {
            split = count;
        }

        for (var k = 0; k < count; k++)
        {
            AddName(context, first + k, facts[k], k < split ? firstNames : surnames);
        }

        if (surnames.Count == 0 && firstNames.Count > 1 && cue != CueKind.Label)
        {
            surnames.Add(firstNames[^1]);
            firstNames.RemoveAt(firstNames.Count - 1);
        }

        return (firstNames, surnames);
    }

    private static void AddName(PiiAnalysisContext context, int index, WordFacts facts, List<string> target)
    {
        if (facts.IsParticle || facts.IsInitial)
        {
            return;
        }

        target.Add(Fold(context, index));
    }

    /// <summary>End (exclusive) of the name-like word sequence starting at <paramref name="first"/>, or <paramref name="first"/>.</summary>
    private static int CollectSequence(PiiAnalysisContext context, int first)
    {
        var tokens = context.Tokens;
        var last = -1;
        var words = 0;
        var j = first;
        while (j < tokens.Length && words < MaxNameWords)
        {
            if (j > first && !IsInline(context, j, allowComma: false))
            {
                break;
            }

            var token = tokens[j];
            var key = Fold(context, j);
            if (NameCueWords.Particles.Contains(key) && token.Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.Upper or TokenShape.Initial)
            {
                // A particle only counts between name words ("Charles de Gaulle", "Le Goff", "d'Estaing").
                var lonePreposition = token.Shape == TokenShape.Lower && key is "DE" or "D" or "DU" or "DES"
                    && !(j + 1 < tokens.Length && NameCueWords.Particles.Contains(Fold(context, j + 1)));
                if (j + 1 < tokens.Length && IsInline(context, j + 1, allowComma: false) && IsNameWord(context, j + 1)
                    && (token.Shape != TokenShape.Lower || j > first) && !(lonePreposition && IsTown(context, j + 1)))
                {
                    j++;
                    continue;
                }

                if (token.Shape == TokenShape.Lower || j == first || NameCueWords.HardStops.Contains(key))
                {
                    break;
                }
            }

            if (!IsNameWord(context, j) || (NameCueWords.HardStops.Contains(key) && !(j == first && IsCapitalParticleStart(context, j))))
            {
                break;
            }

            last = j;
            words++;
            j++;
        }

        return last < 0 ? first : last + 1;
    }

    private static bool IsCapitalParticleStart(PiiAnalysisContext context, int index) =>
        NameCueWords.Particles.Contains(Fold(context, index)) && context.Tokens[index].Shape != TokenShape.Lower;

    private static bool IsNameWord(PiiAnalysisContext context, int index)
    {
        var token = context.Tokens[index];
        if (token.Shape == TokenShape.Initial)
        {
            // "J. DUPONT": an initial is a letter and a dot; "M." is a civility, never an initial.
            var after = token.End;
            return after < context.Text.Length && context.Text[after] == '.' && context.Text[token.Start] != 'M'
                && !(after + 1 < context.Text.Length && context.Text[after + 1] == '\n');
        }

        return token.IsProperShape;
    }

    private static bool IsTown(PiiAnalysisContext context, int index)
    {
        Span<char> buffer = stackalloc char[64];
        var text = context.TokenText(index);
        return text.Length > buffer.Length || context.Lexicons.Communes.IsCommuneName(FoldInto(text, buffer));
    }

    private static ReadOnlySpan<char> FoldInto(ReadOnlySpan<char> text, Span<char> buffer) => buffer[..TextKey.Fold(text, buffer)];

    /// <summary>True when only spaces (or an initial's dot, or an elision's apostrophe) separate token <paramref name="index"/> from the one before.</summary>
    private static bool IsInline(PiiAnalysisContext context, int index, bool allowComma)
    {
        var gap = context.GapBefore(index);
        if (gap.Length == 0)
        {
            return false;
        }

        var previous = context.Tokens[index - 1];
        var sawDot = false;
        foreach (var ch in gap)
        {
            if (ch is ' ' or '\t' or '\u00A0' or '\u202F')
            {
                continue;
            }

            if (ch == '.' && previous.Shape == TokenShape.Initial && !sawDot)
            {
                sawDot = true;
                continue;
            }

            if (ch is '\'' or '’' && gap.Length == 1)
            {
                continue;
            }

            if (ch == ',' && allowComma)
            {
                continue;
            }

            return false;
        }

        return gap.Length <= 4;
    }

    private static (CueKind Kind, PersonGender Gender) FindCue(PiiAnalysisContext context, int first)
    {
        if (first == 0)
        {
            return (CueKind.None, PersonGender.Unknown);
        }

        var p = first - 1;
        var gap = context.GapBefore(first);
        var tokenText = context.TokenText(p);

        // "Je soussigné(e) Claire DUPONT": step over "(e)".
        if (tokenText is "e" or "es" && p > 0 && gap.StartsWith(")") && context.GapBefore(p) is "(")
        {
            p--;
            gap = gap[1..];
        }

        var key = Fold(context, p);
        var trimmed = gap.Trim();
        if (trimmed.Length == 0 || (trimmed is "." && key is "M" or "MM" or "DR" or "PR" or "ME" or "MR"))
        {
            if (key == "M" && trimmed is "." && tokenText is "M")
            {
                return (CueKind.Civility, PersonGender.Male);
            }

            if (trimmed.Length == 0 && gap.IndexOf('\n') < 0)
            {
                if (NameCueWords.Civilities.TryGetValue(key, out var g) && (key != "ME" || tokenText is "Me"))
                {
                    return (CueKind.Civility, (PersonGender)g);
                }

                if (NameCueWords.CueWords.Contains(key) && !(key == "AGENT" && context.Tokens[p].Shape != TokenShape.Lower && p > 0 && !IsElided(context, p)))
                {
                    return (CueKind.CueWord, NameCueWords.FemaleCueWords.Contains(key) ? PersonGender.Female : PersonGender.Unknown);
                }

                if (NameCueWords.Greetings.Contains(key))
                {
                    return (CueKind.Greeting, PersonGender.Unknown);
                }
            }
            else if (NameCueWords.Civilities.TryGetValue(key, out var g2) && key != "M" && char.IsUpper(tokenText[0]))
            {
                return (CueKind.Civility, (PersonGender)g2);
            }
        }

        if (trimmed is ":" or "：" && gap.IndexOf('\n') < 0 && NameCueWords.Labels.Contains(key))
        {
            // "Nom de naissance :", "Nom d'usage :" are name labels; "Lieu de naissance :" is not.
            return (CueKind.Label, PersonGender.Unknown);
        }

        if (trimmed is ":" && key is "NAISSANCE" && p >= 2 && Fold(context, p - 2) == "NOM")
        {
            return (CueKind.Label, PersonGender.Unknown);
        }

        return (CueKind.None, PersonGender.Unknown);
    }

    private static bool FollowsDeterminer(PiiAnalysisContext context, int index)
    {
        if (index == 0 || context.Tokens[index - 1].Shape != TokenShape.Lower && context.Tokens[index - 1].Shape != TokenShape.Capitalized)
        {
            return false;
        }

        return Fold(context, index - 1) is "LE" or "LA" or "LES" or "UN" or "UNE" or "DES" or "DU" or "AU" or "AUX" or "EN" or "CE" or "CETTE"
            or "SON" or "SA" or "SES" or "MON" or "MA" or "TON" or "TA" or "DE" or "D" or "L" or "TRES" or "PLUS" or "SI" or "MONT" or "VIN";
    }

    private static bool IsElided(PiiAnalysisContext context, int index) => context.GapBefore(index) is "'" or "’";

    /// <summary>A place or a law is named after the person: "rue Victor Hugo", "lycée Jean Moulin", "loi Le Pors".</summary>
    private static bool IsBlocked(PiiAnalysisContext context, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            var gap = context.GapBefore(k + 1);
            foreach (var ch in gap)
            {
                if (ch is '.' or ',' or ';' or ':' or '(' or ')')
                {
                    return false;
                }
            }

            if (NameCueWords.PlaceWords.Contains(Fold(context, k)))
            {
                return true;
            }
        }

        return false;
    }

    private static WordFacts Facts(PiiAnalysisContext context, int index)
    {
        var token = context.Tokens[index];
        var text = context.TokenText(index);
        Span<char> upper = stackalloc char[64];
        Span<char> folded = stackalloc char[64];
        if (text.Length > upper.Length)
        {
            return new WordFacts(false, false, false, true, true, false, false, false);
        }

        var u = upper[..TextKey.Upper(text, upper)];
        var f = folded[..TextKey.Fold(text, folded)];
        var lexicons = context.Lexicons;
        var isFirst = lexicons.IsFirstName(u);
        var isSurname = lexicons.IsSurname(f);
        var isOrdinary = lexicons.IsOrdinaryWord(u);
        var isNamesake = lexicons.IsNamesakeWord(u);
        var hyphen = f.IndexOf('-');
        if (hyphen > 0)
        {
            // "Jean-Pierre", "MARTIN-DUPONT": judge by the parts.
            var left = u[..hyphen];
            var right = u[(hyphen + 1)..];
            isFirst |= lexicons.IsFirstName(left) && lexicons.IsFirstName(right);
            isSurname |= lexicons.IsSurname(f[..hyphen]) || lexicons.IsSurname(f[(hyphen + 1)..]);
            isOrdinary = isOrdinary || (lexicons.IsOrdinaryWord(left) && lexicons.IsOrdinaryWord(right));
        }

        var foldedKey = f.ToString();
        var isParticleOrStop = NameCueWords.Particles.Contains(foldedKey) || NameCueWords.HardStops.Contains(foldedKey);

        // Short capitals are acronyms ("CSE", "RSA") unless INSEE knows them as surnames.
        var isUpper = token.Shape == TokenShape.Upper && (f.Length > 4 || isSurname);
        return new WordFacts(
            isFirst && !isParticleOrStop,
            isNamesake,
            isSurname,
            isOrdinary,
            NameCueWords.HardStops.Contains(foldedKey),
            NameCueWords.Particles.Contains(foldedKey),
            isUpper,
            token.Shape == TokenShape.Initial);
    }

    private static string Fold(PiiAnalysisContext context, int index) => TextKey.Fold(context.TokenText(index));

    private static bool IsSentenceStart(PiiAnalysisContext context, int index)
    {
        if (index == 0)
        {
            return true;
        }

        foreach (var ch in context.GapBefore(index))
        {
            if (ch is '.' or '!' or '?' or '\n' or ':' or '•' or '«' or '"')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks later mentions of found (or conversation-known) persons: "DUPONT", "Mme Dupont", "Claire".</summary>
    private static void LinkMentions(PiiAnalysisContext context, List<NameFinding> findings)
    {
        var bySurname = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        var byFirstName = new Dictionary<string, PersonName>(StringComparer.Ordinal);
        var officials = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (finding.IsOfficial)
            {
                foreach (var s in finding.Person.Surnames)
                {
                    officials.Add(s);
                }

                continue;
            }

            Index(finding.Person, bySurname, byFirstName);
        }

        foreach (var known in context.KnownPersons)
        {
            Index(known, bySurname, byFirstName);
        }

        if (bySurname.Count == 0 && byFirstName.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        var covered = new bool[tokens.Length];
        foreach (var finding in findings)
        {
            for (var k = finding.StartToken; k < finding.EndToken; k++)
            {
                covered[k] = true;
            }
        }

        var added = new List<NameFinding>();
        Span<char> upper = stackalloc char[64];
        for (var k = 0; k < tokens.Length; k++)
        {
            if (covered[k] || !tokens[k].IsProperShape || tokens[k].Length > 64)
            {
                continue;
            }

            var key = Fold(context, k);
            var isOrdinary = context.Lexicons.IsOrdinaryWord(upper[..TextKey.Upper(context.TokenText(k), upper)]);
            var (cue, gender) = FindCue(context, k);
            if (officials.Contains(key) && cue != CueKind.Civility)
            {
                continue;
            }

            if (bySurname.TryGetValue(key, out var person))
            {
                // An ordinary word ("Blanc", "Petit") is this person only when capitalised where a name stands, not after a determiner.
                if (isOrdinary && tokens[k].Shape != TokenShape.Upper && cue != CueKind.Civility
                    && (!context.Lexicons.IsNamesakeWord(upper[..TextKey.Upper(context.TokenText(k), upper)]) || FollowsDeterminer(context, k)))
                {
                    continue;
                }

                if (cue == CueKind.None && IsBlocked(context, k))
                {
                    continue;
                }

                var start = k;
                var firstNames = new List<string>();
                if (k > 0 && !covered[k - 1] && tokens[k - 1].IsProperShape && IsInline(context, k, false)
                    && person.FirstNames.Contains(Fold(context, k - 1)))
                {
                    start = k - 1;
                    firstNames.Add(Fold(context, k - 1));
                }

                var mention = new PersonName(firstNames, [key], gender);
                added.Add(new NameFinding(start, k + 1, tokens[start].Start, tokens[k].End, mention, 0.8,
                    officials.Contains(key) && OfficeContext.IsOfficial(context.Text, tokens[start].Start, tokens[k].End)));
                continue;
            }

            // A found person's first name alone ("Claire a confirmé"); a namesake word ("Pierre") only inside a sentence.
            var isNamesake = context.Lexicons.IsNamesakeWord(upper[..TextKey.Upper(context.TokenText(k), upper)]);
            if (byFirstName.ContainsKey(key) && !(isNamesake && IsSentenceStart(context, k)) && !(isOrdinary && tokens[k].Shape == TokenShape.Upper))
            {
                if (cue == CueKind.None && IsBlocked(context, k))
                {
                    continue;
                }

                added.Add(new NameFinding(k, k + 1, tokens[k].Start, tokens[k].End, new PersonName([key], [], PersonGender.Unknown), 0.75, false));
            }
        }

        findings.AddRange(added);
        findings.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static void Index(PersonName person, Dictionary<string, PersonName> bySurname, Dictionary<string, PersonName> byFirstName)
    {
        foreach (var surname in person.Surnames)
        {
            bySurname.TryAdd(surname, person);
            foreach (var part in surname.Split(' ', '-'))
            {
                if (part.Length > 2 && !NameCueWords.Particles.Contains(part))
                {
                    bySurname.TryAdd(part, person);
                }
            }
        }

        foreach (var firstName in person.FirstNames)
        {
            if (firstName.Length > 2)
            {
                byFirstName.TryAdd(firstName, person);
            }
        }
    }

    /// <summary>"M. DUPONT" later in an act signed by the maire Jean DUPONT is the maire: kept like him.</summary>
    private static void SetOfficialsAside(List<NameFinding> findings)
    {
        var officials = new List<PersonName>();
        foreach (var finding in findings)
        {
            if (finding.IsOfficial)
            {
                officials.Add(finding.Person);
            }
        }

        if (officials.Count == 0)
        {
            return;
        }

        for (var k = 0; k < findings.Count; k++)
        {
            var finding = findings[k];
            if (finding.IsOfficial)
            {
                continue;
            }

            var matchesOfficial = false;
            foreach (var official in officials)
            {
                matchesOfficial |= official.IsCompatibleWith(finding.Person);
            }

            if (!matchesOfficial)
            {
                continue;
            }

            // Another, non-official person with the same name makes the mention ambiguous: mask it.
            var ambiguous = false;
            foreach (var other in findings)
            {
                if (!other.IsOfficial && !ReferenceEquals(other, finding) && other.Person.FirstNames.Count > 0
                    && other.Person.IsCompatibleWith(finding.Person) && !IsCompatibleWithAny(officials, other.Person))
                {
                    ambiguous = true;
                }
            }

            if (!ambiguous)
            {
                findings[k] = finding with { IsOfficial = true };
            }
        }
    }

    private static bool IsCompatibleWithAny(List<PersonName> names, PersonName person)
    {
        foreach (var name in names)
        {
            if (name.IsCompatibleWith(person))
            {
                return true;
            }
        }

        return false;
    }

    private enum CueKind
    {
        None,
        Civility,
        CueWord,
        Label,
        Greeting,
    }
}
