using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads the signature block: "Fait à X, le …", the delegation ("Pour le Maire et par délégation"), the
/// signatory's qualité ("Le Maire", "L'Adjointe déléguée au personnel") and name, on one line or several.
/// <c>signataire</c> is "Prénom NOM, Qualité"; the autorité territoriale is the maire or the président.
/// </summary>
internal sealed partial class SignataireExtractor
{
    private const int MaxBlockLines = 14;

    private readonly PersonNameReader _names;

    public SignataireExtractor(PersonNameReader names)
    {
        _names = names;
    }

    public void Extract(ExtractionContext context)
    {
        var act = context.Act;
        ReadLieu(context);
        var lines = BlockLines(act);
        Signatory? found = null;
        string? delegation = null;
        var delegationRange = TextRange.Empty;
        var signedFor = false;
        var text = act.Text;
        for (var k = 0; k < lines.Count && found is null; k++)
        {
            var cells = lines[k];
            for (var c = 0; c < cells.Count && found is null; c++)
            {
                var cell = cells[c];
                if (Ignored().IsMatch(text.AsSpan(cell.Start, cell.Length)))
                {
                    continue;
                }

                var from = cell.Start;
                var prefix = DelegationPrefix().Match(text, cell.Start, cell.Length);
                if (prefix.Success)
                {
                    var prefixEnd = TrimEnd(text, prefix.Index + prefix.Length);
                    delegation = Clean(act.Quote(prefix.Index, prefixEnd));
                    delegationRange = new TextRange(prefix.Index, prefixEnd);
                    from = prefix.Index + prefix.Length;
                    signedFor = true;
                }

                var qualite = Qualite().Match(text, from, cell.End - from);
                if (qualite.Success)
                {
                    found = ReadSignatory(act, lines, k, c, qualite);
                }
            }
        }

        if (found is null)
        {
            found = FromKeyValues(context);
        }

        if (found is null)
        {
            return;
        }

        var fields = context.Fields;
        if (!found.NoQualite)
        {
            fields.SignataireQualite = found.Qualite;
            context.Cite(FieldNames.SignataireQualite, found.QualiteRange);
        }

        if (found.Name is not null)
        {
            fields.SignataireNom = found.Name.FullName;
            context.CiteOriginal(FieldNames.SignataireNom, found.Name.Start, found.Name.End);
        }

        fields.Signataire = found switch
        {
            { Name: null } => found.Qualite,
            { NoQualite: true } => found.Name.FullName,
            _ => $"{found.Name.FullName}, {found.Qualite}",
        };
        context.Evidence[FieldNames.Signataire] = found.Name is null
            ? act.ToEvidence(found.QualiteRange)
            : act.ToEvidenceOriginal(
                Math.Min(act.Normalized.ToOriginal(found.QualiteRange.Start), found.Name.Start),
                Math.Max(act.Normalized.ToOriginalEnd(found.QualiteRange.End), found.Name.End));

        if (delegation is null && !found.NoQualite && DelegationInQualite(found.Qualite) is { } inQualite)
        {
            delegation = inQualite;
            delegationRange = found.QualiteRange;
        }

        if (delegation is null && DelegationVisa(act) is { } visa)
        {
            delegation = Clean(act.Quote(visa));
            delegationRange = visa;
        }

        if (delegation is not null)
        {
            fields.Delegation = delegation;
            context.Cite(FieldNames.Delegation, delegationRange);
        }

        if (!found.NoQualite)
        {
            // "Pour le Maire, …" above the qualité: whoever signs, it is not the autorité itself.
            fields.SignataireEstAutorite = IsAutorite(found.Core) && !signedFor;
            context.Cite(FieldNames.SignataireEstAutorite, found.QualiteRange);
        }
    }

    private Signatory ReadSignatory(ActText act, List<List<TextRange>> lines, int k, int c, Match qualite)
    {
        var text = act.Text;
        var cell = lines[k][c];
        var core = qualite.Groups["core"].Value;
        var qualiteStart = qualite.Groups["q"].Index;
        var qualiteEnd = cell.End;
        PersonName? name = null;

        // Same cell: "Le Maire, Nicolas MARTIN".
        var afterQualite = qualite.Index + qualite.Length;
        var comma = text.IndexOf(',', afterQualite, cell.End - afterQualite);
        while (comma >= 0)
        {
            var candidate = ReadName(act, comma + 1, cell.End);
            if (candidate is not null)
            {
                name = candidate;
                qualiteEnd = comma;
                break;
            }

            comma = comma + 1 < cell.End ? text.IndexOf(',', comma + 1, cell.End - comma - 1) : -1;
        }

        // Next lines, same column: the name under the qualité, after any "[signature]" line.
        for (var j = k + 1; name is null && j < lines.Count && j <= k + 4; j++)
        {
            if (Column(lines[j], c, lines[k].Count) is not { } next)
            {
                break;
            }

            var span = text.AsSpan(next.Start, next.Length);
            if (SignaturePlaceholder().IsMatch(span))
            {
                continue;
            }

            if (span.ContainsAny("0123456789:") || Qualite().IsMatch(span) || Ignored().IsMatch(span))
            {
                break;
            }

            name = ReadName(act, next.Start, next.End);
            if (name is null)
            {
                break;
            }
        }

        // Line above, same column: "Nicolas MARTIN" then "Maire".
        if (name is null && k > 0 && Column(lines[k - 1], c, lines[k].Count) is { } previous)
        {
            var span = text.AsSpan(previous.Start, previous.Length);
            if (!span.ContainsAny("0123456789:") && !DelegationPrefix().IsMatch(span) && !Qualite().IsMatch(span))
            {
                name = ReadName(act, previous.Start, previous.End);
            }
        }

        var qualiteRange = new TextRange(qualiteStart, TrimEnd(text, qualiteEnd));
        return new Signatory(QualiteText(act, qualiteRange, core), core, qualiteRange, name);
    }

    /// <summary>The cell of a line under column <paramref name="column"/> of a line with <paramref name="columns"/> cells.</summary>
    private static TextRange? Column(List<TextRange> line, int column, int columns)
    {
        if (line.Count == columns && column < line.Count)
        {
            return line[column];
        }

        return line.Count == 1 ? line[0] : column < line.Count ? line[column] : null;
    }

    private PersonName? ReadName(ActText act, int start, int end)
    {
        var from = act.Normalized.ToOriginal(start);
        var to = act.Normalized.ToOriginalEnd(end);
        var original = act.Segment.Text;
        while (from < to && !char.IsLetter(original[from]))
        {
            from++;
        }

        var civilite = AgentExtractor.Civilite().Match(act.Text, start, end - start);
        if (civilite.Success && act.Text.AsSpan(start, civilite.Index - start).Trim(" \t,").IsEmpty)
        {
            from = act.Normalized.ToOriginalEnd(civilite.Index + civilite.Length);
        }

        var name = _names.Read(original, from, to);
        // A signatory's name has a prénom and a surname, or a surname in capitals.
        return name is not null && (name.Prenom is not null || name.CaseInformed) ? name : null;
    }

    private Signatory? FromKeyValues(ExtractionContext context)
    {
        var act = context.Act;
        if (!act.KeyValues.TryGet(KeyValueKeys.Signataire, out var value))
        {
            return null;
        }

        var qualite = Qualite().Match(act.Text, value.Start, value.Length);
        PersonName? name;
        string core;
        TextRange qualiteRange;
        if (qualite.Success)
        {
            core = qualite.Groups["core"].Value;
            var comma = act.Text.IndexOf(',', value.Start, value.Length);
            if (comma > qualite.Index)
            {
                qualiteRange = new TextRange(qualite.Groups["q"].Index, comma);
                name = ReadName(act, comma + 1, value.End);
            }
            else
            {
                qualiteRange = new TextRange(qualite.Groups["q"].Index, value.End);
                name = comma > 0 ? ReadName(act, value.Start, comma) : null;
            }
        }
        else if (act.KeyValues.TryGet(KeyValueKeys.Qualite, out var q) && Qualite().Match(act.Text, q.Start, q.Length) is { Success: true } qm)
        {
            core = qm.Groups["core"].Value;
            qualiteRange = new TextRange(qm.Groups["q"].Index, q.End);
            name = ReadName(act, value.Start, value.End);
        }
        else
        {
            name = ReadName(act, value.Start, value.End);
            return name is null ? null : new Signatory(string.Empty, string.Empty, value, name) { NoQualite = true };
        }

        return new Signatory(QualiteText(act, qualiteRange, core), core, qualiteRange, name);
    }

    private static string QualiteText(ActText act, TextRange range, string core)
    {
        var written = act.Quote(range);
        var folded = act.Text[range.Start..range.End];
        // "Le Maire de Saint-Pair-sur-Mer" → "Maire": the collectivité is already known; keep what says the function.
        if (core is "maire" or "president" or "presidente")
        {
            var cut = PlaceSuffix().Match(folded);
            if (cut.Success)
            {
                written = act.Quote(range.Start, range.Start + cut.Index);
            }
        }

        return WrittenCase.Capitalize(WrittenCase.Usual(Clean(written)));
    }

    private static string? DelegationInQualite(string qualite)
    {
        var folded = TextNormalizer.Normalize(qualite).Text;
        return DelegueWord().IsMatch(folded) ? qualite : null;
    }

    private static TextRange? DelegationVisa(ActText act)
    {
        foreach (var visa in act.Layout.Visas)
        {
            var m = DelegationVisaPattern().Match(act.Text, visa.Start, visa.Length);
            if (m.Success)
            {
                var end = act.LineEnd(m.Index);
                return new TextRange(visa.Start, Math.Min(visa.End, Math.Max(end, m.Index + m.Length)));
            }
        }

        return null;
    }

    private static bool IsAutorite(string core) => core is "maire" or "president" or "presidente";

    private void ReadLieu(ExtractionContext context)
    {
        var act = context.Act;
        Match? last = null;
        foreach (Match m in FaitA().Matches(act.Text))
        {
            last = m;
        }

        if (last is null)
        {
            last = DateFieldsExtractor.PlaceDateLine(act);
            if (last is null)
            {
                return;
            }
        }

        var lieu = last.Groups["lieu"];
        var written = Clean(act.Quote(lieu.Index, lieu.Index + lieu.Length));
        if (written.Length > 1)
        {
            context.Fields.LieuSignature = WrittenCase.Usual(written);
            context.Cite(FieldNames.LieuSignature, new TextRange(lieu.Index, lieu.Index + lieu.Length));
        }
    }

    private static List<List<TextRange>> BlockLines(ActText act)
    {
        var text = act.Text;
        var layout = act.Layout;
        int start;
        if (!layout.Signature.IsEmpty)
        {
            // A few lines above "Fait à" too: some layouts put the qualité first.
            start = layout.Signature.Start;
            for (var up = 0; up < 2 && start > 0; up++)
            {
                var previous = act.LineStart(start - 1);
                if (layout.ArticlesZone.Contains(previous) && !layout.ArticlesZone.IsEmpty && previous < layout.Articles[^1].Start + 1)
                {
                    break;
                }

                start = previous;
            }
        }
        else
        {
            start = LastLinesStart(text, 20);
            if (!layout.ArticlesZone.IsEmpty)
            {
                start = Math.Max(start, act.LineEnd(layout.Articles[^1].Start));
            }
        }

        var lines = new List<List<TextRange>>();
        var i = start;
        while (i < text.Length && lines.Count < MaxBlockLines + 2)
        {
            var end = text.IndexOf('\n', i);
            if (end < 0)
            {
                end = text.Length;
            }

            // Side-by-side signatures ("L'agent,      Le Maire,") are columns separated by a wide gap.
            var cells = new List<TextRange>();
            var cellStart = i;
            for (var p = i; p <= end; p++)
            {
                if (p == end || text[p] == '\t')
                {
                    var cell = Trimmed(text, cellStart, p);
                    if (!cell.IsEmpty)
                    {
                        cells.Add(cell);
                    }

                    cellStart = p + 1;
                }
            }

            if (cells.Count > 0)
            {
                lines.Add(cells);
            }

            i = end + 1;
        }

        return lines;
    }

    private static int LastLinesStart(string text, int count)
    {
        var i = text.Length;
        for (var n = 0; n < count && i > 0; n++)
        {
            i = text.LastIndexOf('\n', i - 1);
            if (i < 0)
            {
                return 0;
            }
        }

        return i + 1;
    }

    private static TextRange Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextRange(start, end);
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && text[end - 1] is ' ' or '\t' or ',' or ':' or ';' or '.')
        {
            end--;
        }

        return end;
    }

    private static string Clean(string text) => text.Trim().Trim(',', ':', ';', '.', ' ', '\t', '-', '–');

    [GeneratedRegex(@"\G[\t ]*(?:(?:pour|p/|p\.|p\.o\.?|po)[\t ]*(?:le |la |l')?(?:maire|presidente?|autorite territoriale)\b(?:[^\n]*?\b(?:par delegation|et par delegation|empeche\w*|par empechement|absent\w*))?|par (?:delegation|empechement)(?: du maire| du president| de la presidente| de l'autorite territoriale)?|(?:le maire|la maire|le president|la presidente)[\t ,]+(?:et )?par delegation)[\t ,:]*", RegexOptions.CultureInvariant)]
    private static partial Regex DelegationPrefix();

    [GeneratedRegex(@"\G[\t \-]*(?:le |la |l')?(?<q>(?<core>(?:(?:\d+(?:er|ere|re|e|eme)|premier|premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme) )?(?:maire[- ]adjointe?|adjointe?|maire|vice-presidente?|presidente?|conseill(?:er|ere) (?:municipale?|delegue\w*|departementale?|regionale?|communautaire)|directeur|directrice|dgs|dga|drh|secretaire generale?|autorite territoriale|administrat(?:eur|rice))))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Qualite();

    [GeneratedRegex(@"\b(?:charge\w* de l'execution|est charge|sont charges|notifi\w*|ampliation|copie|transmis\w* (?:au|a la|en)|recu en prefecture|affiche|publie|recours|tribunal|certifi\w*|executoire)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ignored();

    [GeneratedRegex(@"^[\t \[\(#*]*(?:signe\w*|signature|lu et approuve|cachet|sceau|\(?signe\)?|s\.?i\.?g\.?n\.?e\.?)\b[^\n]{0,40}$|^[\t \[\]\(\)#*._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SignaturePlaceholder();

    [GeneratedRegex(@"[\t ]+(?:de la commune|de la ville|de la communaute|du ccas|du centre|du syndicat|de la metropole|du sivom|du sivu|de l'etablissement|d[eu] ?(?=[a-z'])(?!conseil departemental|conseil regional|conseil d'administration|departement))", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceSuffix();

    [GeneratedRegex(@"\bdelegu", RegexOptions.CultureInvariant)]
    private static partial Regex DelegueWord();

    [GeneratedRegex(@"\bdelegation (?:de (?:fonctions?|signature)|de fonctions? et de signature|de signature et de fonctions?)", RegexOptions.CultureInvariant)]
    private static partial Regex DelegationVisaPattern();

    [GeneratedRegex(@"\bfaite? a[\t ]+(?<lieu>[^,\n\t]{2,60}?)(?=[\t ]*,|[\t ]+le\b|[\t ]*\n|[\t ]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex FaitA();

    private sealed record Signatory(string Qualite, string Core, TextRange QualiteRange, PersonName? Name)
    {
        public bool NoQualite { get; init; }
    }
}
