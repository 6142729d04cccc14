using System.Globalization;
using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Communes;
using Vigie.Acts.Referentiels.Tribunaux;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads the collectivité in the header ("Commune de Saint-Pair-sur-Mer", "Communauté de communes …",
/// "CCAS de …", "Département de la Manche"), or in the preamble ("Le Maire de …") or the contract's parties,
/// and its département: from the commune through the referential, else from a département named, else from a
/// postal code. Homonymous communes are told apart by the postal code, the département or the tribunal named;
/// when nothing tells them apart the département stays empty with a note, never guessed.
/// </summary>
internal sealed partial class CollectiviteExtractor
{
    private const int HeaderSearchLimit = 1_500;
    private const int MaxNameWords = 8;

    private readonly CommuneDirectory _communes;
    private readonly TribunauxAdministratifs _tribunaux;

    public CollectiviteExtractor(CommuneDirectory communes, TribunauxAdministratifs tribunaux)
    {
        _communes = communes;
        _tribunaux = tribunaux;
    }

    public void Extract(ExtractionContext context)
    {
        var act = context.Act;
        var mention = FindMention(act);
        if (mention is null)
        {
            SetDepartementFromClues(context, null, null);
            return;
        }

        var fields = context.Fields;
        fields.TypeCollectivite = mention.Kind.Type;
        IReadOnlyList<Commune> communes = [];
        TextRange nameRange;
        string nameOut;
        if (mention.Kind.Type is "commune" or "ccas")
        {
            (communes, nameRange) = MatchCommune(act.Text, mention.Name, mention.Connector);
            nameOut = communes.Count > 0 && communes.Select(c => c.Nom).Distinct(StringComparer.Ordinal).Count() == 1
                ? WithConnector(mention.Connector, communes[0].Nom)
                : ConnectorText(mention.Connector) + WrittenCase.Usual(act.Quote(nameRange));
        }
        else if (mention.Kind.Type == "departement" && DepartementOf(act, mention.Name) is { } dep)
        {
            nameRange = dep.Range;
            nameOut = ConnectorText(mention.Connector) + (_communes.DepartementName(dep.Code) ?? WrittenCase.Usual(act.Quote(nameRange)));
        }
        else
        {
            nameRange = CutName(act.Text, mention.Name);
            nameOut = ConnectorText(mention.Connector) + WrittenCase.Usual(act.Quote(nameRange));
        }

        var label = KindLabel(act, mention);
        fields.Collectivite = nameRange.IsEmpty ? label : $"{label} {nameOut}".Replace("' ", "'", StringComparison.Ordinal);
        var cited = new TextRange(mention.KindRange.Start, Math.Max(mention.KindRange.End, nameRange.End));
        context.Cite(FieldNames.Collectivite, cited);
        context.Cite(FieldNames.TypeCollectivite, mention.KindRange);

        switch (mention.Kind.Type)
        {
            case "commune" or "ccas":
                SetDepartementFromClues(context, communes, nameRange);
                break;
            case "departement" when DepartementOf(act, mention.Name) is { } d:
                fields.Departement = d.Code;
                context.Cite(FieldNames.Departement, cited);
                break;
            case "epci" when _communes.FindEpciByKey(PlaceNameKey.OfFolded(act.Text.AsSpan(cited.Start, cited.Length))) is { } epci:
                fields.Departement = epci.Departement;
                context.Cite(FieldNames.Departement, cited);
                break;
            case "region":
                break;
            default:
                SetDepartementFromClues(context, null, null);
                break;
        }
    }

    private Mention? FindMention(ActText act)
    {
        var text = act.Text;
        if (act.KeyValues.TryGet(KeyValueKeys.Collectivite, out var kv))
        {
            var m = Header().Match(text, kv.Start, kv.Length);
            if (m.Success)
            {
                return ToMention(m);
            }
        }

        var headerEnd = Math.Min(text.Length, Math.Max(act.Layout.Title.End, 300));
        headerEnd = Math.Min(headerEnd, HeaderSearchLimit);
        Mention? best = null;
        foreach (Match m in Header().Matches(text[..headerEnd]))
        {
            var mention = ToMention(m);
            if (mention is not null && (best is null || mention.Kind.Priority < best.Kind.Priority))
            {
                best = mention;
            }
        }

        if (best is not null)
        {
            return best;
        }

        // "Le Maire de Saint-Pair-sur-Mer," or a contract's parties: "Entre la Commune de …".
        var limit = Math.Min(text.Length, 2_500);
        var preamble = Preamble().Match(text, 0, limit);
        if (preamble.Success)
        {
            var inner = Header().Match(text, preamble.Index + preamble.Length, Math.Min(120, limit - preamble.Index - preamble.Length));
            if (inner.Success && inner.Index == preamble.Index + preamble.Length && ToMention(inner) is { } innerMention)
            {
                return innerMention;
            }

            var conn = preamble.Groups["conn"];
            var nameStart = preamble.Index + preamble.Length;
            var nameEnd = act.LineEnd(nameStart);
            var role = preamble.Groups["role"].Value;
            var kind = role.StartsWith("maire", StringComparison.Ordinal) ? Kinds.Commune : Kinds.Autre;
            return new Mention(kind, new TextRange(preamble.Groups["role"].Index, preamble.Groups["role"].Index + role.Length),
                conn.Value, new TextRange(nameStart, nameEnd), FromPreamble: true);
        }

        foreach (Match m in Header().Matches(text[..limit]))
        {
            if (ToMention(m) is { } mention)
            {
                return mention;
            }
        }

        return null;
    }

    private static Mention? ToMention(Match m)
    {
        var kind = Kinds.Of(m.Groups["kind"].Value);
        var conn = m.Groups["conn"];
        if (kind.NeedsConnector && !conn.Success)
        {
            return null;
        }

        var name = m.Groups["name"];
        return new Mention(kind, new TextRange(m.Groups["kind"].Index, m.Groups["kind"].Index + m.Groups["kind"].Length),
            conn.Value, new TextRange(name.Index, name.Index + name.Length), FromPreamble: false);
    }

    private (IReadOnlyList<Commune> Communes, TextRange Range) MatchCommune(string text, TextRange name, string connector)
    {
        var cut = CutName(text, name);
        var words = new List<(int Start, int End)>();
        var i = cut.Start;
        while (i < cut.End && words.Count < MaxNameWords)
        {
            while (i < cut.End && !char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < cut.End && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i));
            }
        }

        var article = connector switch
        {
            "du " => "le ",
            "des " => "les ",
            "de la " => "la ",
            "de l'" => "l ",
            _ => null,
        };
        for (var n = words.Count; n > 0; n--)
        {
            var key = PlaceNameKey.OfFolded(text.AsSpan(words[0].Start, words[n - 1].End - words[0].Start));
            var found = article is not null ? _communes.FindByKey(article + key) : [];
            if (found.Count == 0)
            {
                found = _communes.FindByKey(key);
            }

            if (found.Count > 0)
            {
                return (found, new TextRange(words[0].Start, words[n - 1].End));
            }
        }

        return ([], cut);
    }

    private void SetDepartementFromClues(ExtractionContext context, IReadOnlyList<Commune>? candidates, TextRange? nameRange)
    {
        var act = context.Act;
        var fields = context.Fields;
        var clues = CollectClues(act);
        if (candidates is { Count: > 0 } && nameRange is { } range)
        {
            var deps = candidates.Select(c => c.Departement).Distinct(StringComparer.Ordinal).ToList();
            if (deps.Count == 1)
            {
                fields.Departement = deps[0];
                context.Cite(FieldNames.Departement, range);
                return;
            }

            var remaining = deps;
            TextRange? decisive = null;
            foreach (var clue in clues)
            {
                var narrowed = remaining.Where(clue.Departements.Contains).ToList();
                if (narrowed.Count > 0 && narrowed.Count < remaining.Count)
                {
                    remaining = narrowed;
                    decisive = clue.Range;
                }

                if (remaining.Count == 1)
                {
                    break;
                }
            }

            if (remaining.Count == 1)
            {
                fields.Departement = remaining[0];
                context.Cite(FieldNames.Departement, decisive ?? range);
                return;
            }

            context.Note(string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                $"Commune homonyme « {candidates[0].Nom} » : {candidates.Count} communes portent ce nom (départements {string.Join(", ", remaining)}) et rien dans l'acte (code postal, département, tribunal) ne permet de choisir ; département non renseigné."));
            return;
        }

        // No commune to start from: the first clue that designates a single département.
        foreach (var clue in clues)
        {
            if (clue.Departements.Count == 1)
            {
                fields.Departement = clue.Departements.First();
                context.Cite(FieldNames.Departement, clue.Range);
                return;
            }
        }
    }

    private List<Clue> CollectClues(ActText act)
    {
        var text = act.Text;
        var clues = new List<Clue>();
        var headerEnd = Math.Min(text.Length, Math.Max(act.Layout.Title.End, 600));

        // Postal codes of the header and of the footer (addresses).
        var zones = new List<TextRange> { new(0, headerEnd) };
        if (!act.Layout.Signature.IsEmpty)
        {
            zones.Add(act.Layout.Signature);
        }

        zones.Add(new TextRange(Math.Max(headerEnd, text.Length - 500), text.Length));
        foreach (var zone in zones)
        {
            foreach (Match m in PostalCode().Matches(text, zone.Start))
            {
                if (m.Index >= zone.End)
                {
                    break;
                }

                var deps = _communes.FindByPostalCode(m.Value).Select(c => c.Departement).ToHashSet(StringComparer.Ordinal);
                if (deps.Count > 0)
                {
                    clues.Add(new Clue(deps, new TextRange(m.Index, m.Index + m.Length)));
                }
            }
        }

        // Départements named: "Département de la Manche", "Préfet de la Manche", "(Manche)", "(50)", a header line "Manche".
        foreach (Match m in DepartementNamed().Matches(text[..headerEnd]))
        {
            AddDepartementClue(clues, m.Groups["d"], text);
        }

        foreach (Match m in Prefet().Matches(text))
        {
            AddDepartementClue(clues, m.Groups["d"], text);
        }

        foreach (Match m in Parenthesis().Matches(text[..headerEnd]))
        {
            AddDepartementClue(clues, m.Groups["d"], text);
        }

        foreach (Match m in HeaderLine().Matches(text[..headerEnd]))
        {
            AddDepartementClue(clues, m.Groups["d"], text);
        }

        // The tribunal named in the recours mention covers a few départements.
        var tribunal = TribunalNamed().Match(text);
        if (tribunal.Success && _tribunaux.Match(act.Quote(tribunal.Groups["v"].Index, tribunal.Groups["v"].Index + tribunal.Groups["v"].Length)) is { } ta)
        {
            clues.Add(new Clue(ta.Departements.ToHashSet(StringComparer.Ordinal), new TextRange(tribunal.Index, tribunal.Index + tribunal.Length)));
        }

        return clues;
    }

    private void AddDepartementClue(List<Clue> clues, Group group, string text)
    {
        var value = group.Value.Trim();
        var code = _communes.IsDepartementCode(value.ToUpperInvariant()) ? value.ToUpperInvariant()
            : _communes.DepartementCodeByKey(PlaceNameKey.OfFolded(value));
        if (code is not null)
        {
            clues.Add(new Clue(new HashSet<string>(StringComparer.Ordinal) { code }, new TextRange(group.Index, group.Index + group.Length)));
        }
    }

    private (string Code, TextRange Range)? DepartementOf(ActText act, TextRange name)
    {
        var cut = CutName(act.Text, name);
        var words = act.Text[cut.Start..cut.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(words.Length, 5); n > 0; n--)
        {
            var written = string.Join(' ', words, 0, n);
            if (_communes.DepartementCodeByKey(PlaceNameKey.OfFolded(written)) is { } code)
            {
                return (code, new TextRange(cut.Start, cut.Start + written.Length));
            }
        }

        return null;
    }

    private static TextRange CutName(string text, TextRange name)
    {
        var end = name.End;
        var junk = NameEnd().Match(text, name.Start, name.Length);
        if (junk.Success)
        {
            end = junk.Index;
        }

        while (end > name.Start && text[end - 1] is ' ' or '\t' or '-' or '.' or ',')
        {
            end--;
        }

        var start = name.Start;
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }

        return new TextRange(start, end);
    }

    private static string ConnectorText(string connector) => connector.Length == 0 ? string.Empty : connector.TrimEnd() + (connector.EndsWith('\'') ? string.Empty : " ");

    private static string WithConnector(string connector, string officialName)
    {
        // "du Mesnil-Aubert" for "Le Mesnil-Aubert", "des Pieux" for "Les Pieux"; otherwise "de " + the official name.
        if (connector == "du " && officialName.StartsWith("Le ", StringComparison.Ordinal))
        {
            return "du " + officialName[3..];
        }

        if (connector == "des " && officialName.StartsWith("Les ", StringComparison.Ordinal))
        {
            return "des " + officialName[4..];
        }

        var vowel = officialName.Length > 0 && "AEIOUYÉÈÊÎÔÂH".Contains(char.ToUpperInvariant(officialName[0]), StringComparison.Ordinal);
        return connector == "d'" && vowel ? "d'" + officialName : "de " + officialName;
    }

    private static string KindLabel(ActText act, Mention mention)
    {
        if (mention.FromPreamble)
        {
            return mention.Kind.Label;
        }

        var written = act.Quote(mention.KindRange);
        if (mention.Kind.Type == "commune" && mention.Kind.Label == "Commune")
        {
            return "Commune";
        }

        return WrittenCase.IsCapitals(written) || written.Contains('.', StringComparison.Ordinal) ? mention.Kind.Label : WrittenCase.Capitalize(written);
    }

    [GeneratedRegex(@"\b(?<kind>communaute de communes|communaute d'agglomeration|communaute urbaine|metropole|centre communal d'action sociale|centre intercommunal d'action sociale|c\.c\.a\.s\.?|ccas|c\.i\.a\.s\.?|cias|conseil departemental|departement|conseil regional|region|syndicat intercommunal(?: a vocations? (?:unique|multiples?))?|syndicat mixte|syndicat|s\.?i\.?v\.?o\.?m\.?|s\.?i\.?v\.?u\.?|centre de gestion(?: de la fonction publique territoriale)?|commune|ville|mairie)\b[\t ]*\n?[\t ]*(?<conn>de la |de l'|de |d'|du |des )?(?<name>[^\n,;()\t]{2,90})", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"\b(?:le|la|nous,?)[\t ]+(?<role>maire|presidente?)[\t ]+(?<conn>de la |de l'|de |d'|du |des )", RegexOptions.CultureInvariant)]
    private static partial Regex Preamble();

    [GeneratedRegex(@"[\t ]+-[\t ]+|[\t ]+\d|\bcedex\b|[\t ]+(?:represente\w*|sise?|dont|qui|agissant|siege|a |au |en |arrondissement|canton|le maire|la maire|le president)\b|[\t ]*-[\t ]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex NameEnd();

    [GeneratedRegex(@"(?<![\d])\d{5}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"\bdepartement (?:de la |de l'|du |des |de |d')(?<d>[a-z][a-z' -]{2,40}?)(?=[\t ]*(?:[\n,.;()]|$| - ))", RegexOptions.CultureInvariant)]
    private static partial Regex DepartementNamed();

    [GeneratedRegex(@"\bprefe(?:t|te|cture) (?:de la |de l'|du |des |de |d')(?<d>[a-z][a-z' -]{2,40}?)(?=[\t ]*(?:[\n,.;()]|$| - ))", RegexOptions.CultureInvariant)]
    private static partial Regex Prefet();

    [GeneratedRegex(@"\((?<d>[a-z0-9][a-z0-9' -]{0,30})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"(?m)^[\t ]*(?<d>[a-z][a-z' -]{2,30}?)[\t ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"\b(?:tribunal administratif|t\.?a\.?)[\t \n]+(?:de la |de l'|du |des |de |d')(?<v>[a-z][a-z' -]{1,40})", RegexOptions.CultureInvariant)]
    private static partial Regex TribunalNamed();

    private sealed record Mention(Kind Kind, TextRange KindRange, string Connector, TextRange Name, bool FromPreamble);

    private sealed record Clue(IReadOnlySet<string> Departements, TextRange Range);

    private sealed record Kind(string Type, string Label, int Priority, bool NeedsConnector);

    private static class Kinds
    {
        public static readonly Kind Commune = new("commune", "Commune", 2, true);
        public static readonly Kind Autre = new("autre", "Collectivité", 6, false);

        public static Kind Of(string folded) => folded switch
        {
            "commune" or "mairie" => Commune,
            "ville" => new("commune", "Ville", 2, true),
            "communaute de communes" => new("epci", "Communauté de communes", 3, false),
            "communaute d'agglomeration" => new("epci", "Communauté d'agglomération", 3, false),
            "communaute urbaine" => new("epci", "Communauté urbaine", 3, false),
            "metropole" => new("epci", "Métropole", 3, false),
            "centre communal d'action sociale" => new("ccas", "Centre communal d'action sociale", 1, true),
            "centre intercommunal d'action sociale" => new("ccas", "Centre intercommunal d'action sociale", 1, false),
            "conseil departemental" => new("departement", "Conseil départemental", 5, true),
            "departement" => new("departement", "Département", 5, true),
            "conseil regional" => new("region", "Conseil régional", 5, false),
            "region" => new("region", "Région", 5, false),
            "centre de gestion" or "centre de gestion de la fonction publique territoriale" => new("autre", "Centre de gestion", 6, false),
            _ when folded.Replace(".", string.Empty, StringComparison.Ordinal) is "ccas" => new("ccas", "CCAS", 1, true),
            _ when folded.Replace(".", string.Empty, StringComparison.Ordinal) is "cias" => new("ccas", "CIAS", 1, false),
            _ when folded.Replace(".", string.Empty, StringComparison.Ordinal) is "sivom" => new("syndicat", "SIVOM", 4, false),
            _ when folded.Replace(".", string.Empty, StringComparison.Ordinal) is "sivu" => new("syndicat", "SIVU", 4, false),
            _ => new("syndicat", WrittenCase.Capitalize(folded), 4, false),
        };
    }
}
