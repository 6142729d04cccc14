using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Finds the agent the act is about: the SIRH fields ("Nom :", "Prénom :", "Agent :") first, else the person
/// most mentioned with a civilité in the objet and the articles, leaving out the signatory, the representative
/// of the collectivité in a contract and the holder of a delegation.
/// </summary>
internal sealed partial class AgentExtractor
{
    private readonly PersonNameReader _names;

    public AgentExtractor(PersonNameReader names)
    {
        _names = names;
    }

    public void Extract(ExtractionContext context)
    {
        if (FromKeyValues(context))
        {
            return;
        }

        var act = context.Act;
        var candidates = new List<Candidate>();
        foreach (Match m in Civilite().Matches(act.Text))
        {
            var zone = act.Layout.ZoneOf(m.Index);
            if (zone == ActZone.Signature || IsRepresentative(act.Text, m.Index))
            {
                continue;
            }

            var originalStart = act.Normalized.ToOriginalEnd(m.Index + m.Length);
            var lineEnd = act.Normalized.ToOriginalEnd(act.LineEnd(m.Index + m.Length));
            var name = _names.Read(act.Segment.Text, originalStart, lineEnd);
            if (name is null || FollowedByFunction(act, name.End))
            {
                continue;
            }

            candidates.Add(new Candidate(name, Civility(m.Groups["c"].Value), Weight(act.Layout, zone, m.Index), m.Index));
        }

        if (candidates.Count == 0)
        {
            return;
        }

        var best = candidates
            .GroupBy(c => c.Name.Nom, StringComparer.Ordinal)
            .Select(g => (Group: g, Total: g.Sum(c => c.Weight) + g.Count()))
            .OrderByDescending(g => g.Total)
            .ThenBy(g => g.Group.Min(c => c.Position))
            .First().Group;
        var chosen = best
            .OrderByDescending(c => c.Name.Prenom is not null)
            .ThenByDescending(c => c.Name.CaseInformed)
            .ThenByDescending(c => c.Weight)
            .ThenBy(c => c.Position)
            .First();
        var fields = context.Fields;
        fields.AgentNom = chosen.Name.Nom;
        fields.AgentPrenom = chosen.Name.Prenom;
        fields.AgentCivilite = chosen.Civilite;
        context.CiteOriginal(FieldNames.AgentNom, chosen.Name.Start, chosen.Name.End);
        if (chosen.Name.Prenom is not null)
        {
            context.CiteOriginal(FieldNames.AgentPrenom, chosen.Name.Start, chosen.Name.End);
        }

        context.CiteOriginal(FieldNames.AgentCivilite, chosen.Name.Start, chosen.Name.End);
        if (best.Select(c => c.Name.Prenom).Where(p => p is not null).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            context.Note($"Prénom de l'agent écrit de plusieurs façons dans l'acte (« {string.Join(" », « ", best.Select(c => c.Name.Prenom).Where(p => p is not null).Distinct(StringComparer.OrdinalIgnoreCase))} »).");
        }
    }

    private bool FromKeyValues(ExtractionContext context)
    {
        var act = context.Act;
        var kv = act.KeyValues;
        var fields = context.Fields;
        if (kv.TryGet(KeyValueKeys.Nom, out var nom))
        {
            var start = act.Normalized.ToOriginal(nom.Start);
            var end = act.Normalized.ToOriginalEnd(nom.End);
            var name = _names.Read(act.Segment.Text, start, end);
            fields.AgentNom = name?.Nom ?? act.Quote(nom).ToUpperInvariant();
            context.Cite(FieldNames.AgentNom, nom);
            if (kv.TryGet(KeyValueKeys.Prenom, out var prenom))
            {
                var written = act.Quote(prenom);
                fields.AgentPrenom = written.Any(char.IsLower) ? written : _names.ToUsualCase(written);
                context.Cite(FieldNames.AgentPrenom, prenom);
            }
            else if (name?.Prenom is not null)
            {
                fields.AgentPrenom = name.Prenom;
                context.Cite(FieldNames.AgentPrenom, nom);
            }
        }
        else if (kv.TryGet(KeyValueKeys.Agent, out var agent))
        {
            var civilite = Civilite().Match(act.Text, agent.Start, agent.Length);
            var from = civilite.Success && civilite.Index == agent.Start ? civilite.Index + civilite.Length : agent.Start;
            var name = _names.Read(act.Segment.Text, act.Normalized.ToOriginal(from), act.Normalized.ToOriginalEnd(agent.End));
            if (name is null)
            {
                return false;
            }

            fields.AgentNom = name.Nom;
            fields.AgentPrenom = name.Prenom;
            context.CiteOriginal(FieldNames.AgentNom, name.Start, name.End);
            if (name.Prenom is not null)
            {
                context.CiteOriginal(FieldNames.AgentPrenom, name.Start, name.End);
            }

            if (civilite.Success && civilite.Index == agent.Start)
            {
                fields.AgentCivilite = Civility(civilite.Groups["c"].Value);
                context.Cite(FieldNames.AgentCivilite, agent);
            }
        }
        else
        {
            return false;
        }

        if (kv.TryGet(KeyValueKeys.Civilite, out var civ))
        {
            var c = CiviliteValue().Match(act.Text, civ.Start, civ.Length);
            if (c.Success)
            {
                fields.AgentCivilite = Civility(c.Groups["c"].Value);
                context.Cite(FieldNames.AgentCivilite, civ);
            }
        }

        if (fields.AgentCivilite is null && fields.AgentNom is not null)
        {
            // The civilité is often only in the running text ("Madame DUPONT est promue…").
            foreach (Match m in Civilite().Matches(act.Text))
            {
                var name = _names.Read(act.Segment.Text, act.Normalized.ToOriginalEnd(m.Index + m.Length),
                    act.Normalized.ToOriginalEnd(act.LineEnd(m.Index + m.Length)));
                if (name is not null && string.Equals(name.Nom, fields.AgentNom, StringComparison.Ordinal))
                {
                    fields.AgentCivilite = Civility(m.Groups["c"].Value);
                    context.CiteOriginal(FieldNames.AgentCivilite, act.Normalized.ToOriginal(m.Index), name.End);
                    break;
                }
            }
        }

        return true;
    }

    private static double Weight(ActLayout layout, ActZone zone, int position) => zone switch
    {
        ActZone.Title => 3,
        ActZone.Article => layout.Articles.Count > 0 && layout.Articles[0].Contains(position) ? 5 : 3,
        ActZone.Considerant => 2,
        ActZone.Visa => 1,
        _ => 1.5,
    };

    private static bool IsRepresentative(string text, int civilitePosition)
    {
        var from = Math.Max(0, civilitePosition - 60);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, civilitePosition - 1));
        from = Math.Max(from, lineStart + 1);
        return RepresentativeBefore().IsMatch(text.AsSpan(from, civilitePosition - from));
    }

    private static bool FollowedByFunction(ActText act, int originalEnd)
    {
        var original = act.Segment.Text;
        var end = Math.Min(original.Length, originalEnd + 50);
        var after = Extraction.TextNormalizer.Normalize(original[originalEnd..end]).Text;
        return FunctionAfter().IsMatch(after);
    }

    internal static string Civility(string written) => written switch
    {
        "monsieur" or "m." or "m" or "mr" or "mr." => "M.",
        _ => "Mme",
    };

    [GeneratedRegex(@"(?<![a-z])(?<c>madame|monsieur|mademoiselle|mme\.?|mlle\.?|mr\.?|m\.)(?=[\t ]+[^\t\n ])[\t ]+", RegexOptions.CultureInvariant)]
    internal static partial Regex Civilite();

    [GeneratedRegex(@"^(?<c>madame|monsieur|mademoiselle|mme\.?|mlle\.?|mr\.?|m\.?)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CiviliteValue();

    [GeneratedRegex(@"(?:represente\w*|agissant|maire|presidente?|adjointe? (?:au maire|delegue\w*)|prefet\w*|delegation (?:de (?:signature|fonctions?) )?(?:a|au profit de)|signataire|secretaire general\w*)[\t ,:]*(?:par |son |sa |en exercice,? |en qualite de \w+,? )*$", RegexOptions.CultureInvariant)]
    private static partial Regex RepresentativeBefore();

    [GeneratedRegex(@"^[\t ,]*\(?(?:le |la |l')?(?:maire\b|presidente?\b|vice-presidente?|(?:\d+\w* |premier |premiere )?adjointe? (?:au maire|delegue)|directeur general|directrice generale|dgs\b|drh\b|prefet|en (?:sa )?qualite de (?:maire|president))", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionAfter();

    private sealed record Candidate(PersonName Name, string Civilite, double Weight, int Position);
}
