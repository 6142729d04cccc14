using System.Text.RegularExpressions;
using Vigie.Acts.Model;
using Vigie.Acts.Referentiels;
using Vigie.Acts.Referentiels.Grilles;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Agent;

/// <summary>
/// COHERENCE_AGENT: the agent's identity (nom, prénom, civilité), grade or catégorie differs from one place of the act
/// to another. Another person of the act (a different prénom and nom) is not the agent and is left alone.
/// </summary>
internal sealed partial class CoherenceAgentRule(GrillesIndiciaires grilles) : ActRule
{
    public override string Code => AnomalyCodes.CoherenceAgent;

    public override Severity Severity => Severity.Majeure;

    public override string LegalBasis => "statuts particuliers";

    public override IEnumerable<Anomaly> Evaluate(AnalyzedAct act)
    {
        if (act.Type == ActType.NonActe)
        {
            return [];
        }

        var anomalies = new List<Anomaly>();
        if (Identity(act) is { } identity)
        {
            anomalies.Add(identity);
        }

        // A grade of another catégorie also shows as a wrong catégorie: one anomaly is enough.
        if ((Grade(act) ?? Categorie(act)) is { } career)
        {
            anomalies.Add(career);
        }

        return anomalies;
    }

    private Anomaly? Identity(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var mentions = AgentMentions.Find(text);
        if (mentions.Count == 0)
        {
            return null;
        }

        var fields = act.Fields;
        var tolerance = act.Segment.MinOcrConfidence is < PoorOcrConfidence ? 1 : 0; // a misread letter is not another person
        var reference = ReferenceOf(fields, mentions);
        foreach (var mention in mentions)
        {
            if (IsSomeoneElse(text, mention))
            {
                continue;
            }

            var sameNom = SameWord(mention.Nom, reference.Nom, tolerance) || Compound(mention.Nom, reference.Nom);
            var samePrenom = mention.Prenom is null || reference.Prenom is null || SameWord(mention.Prenom, reference.Prenom, tolerance);
            string? what = null;
            if (sameNom && !samePrenom)
            {
                what = "le prénom";
            }
            else if (!sameNom && mention.Prenom is not null && reference.Prenom is not null && SameWord(mention.Prenom, reference.Prenom, 0))
            {
                what = "le nom";
            }
            else if (sameNom && samePrenom && reference.Feminine is { } feminine && feminine != mention.Feminine)
            {
                what = "la civilité";
            }

            if (what is not null)
            {
                var written = text.Substring(mention.Index, mention.Length);
                return Anomaly(
                    $"L'identité de l'agent n'est pas la même partout dans l'acte : {what} diffère (« {written} » alors que l'agent est {reference.Describe()}).",
                    ActEvidence.FromSegment(act.Segment, mention.Index, mention.Index + mention.Length));
            }
        }

        return null;
    }

    private Anomaly? Grade(AnalyzedAct act)
    {
        if (act.Type is ActType.AvancementGrade or ActType.PromotionInterne or ActType.Detachement or ActType.NominationStagiaire or ActType.Contrat)
        {
            return null; // the old and the new grade (or the emploi and the grade of reference) both appear
        }

        var text = act.Segment.Text;
        var seen = new List<(string Key, string Written, Match Match)>();
        for (var match = GradeRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (ActLayout.IsLegalTextCitation(text, TextLines.Around(text, match.Index)))
            {
                continue;
            }

            var key = GradeKey.Of(match.Value);
            if (!seen.Any(s => s.Key == key))
            {
                seen.Add((key, match.Value, match));
            }
        }

        if (seen.Count < 2)
        {
            return null;
        }

        return Anomaly(
            $"Le grade de l'agent n'est pas le même partout dans l'acte : « {seen[0].Written} » et « {seen[1].Written} ».",
            ActEvidence.FromMatch(act, seen[1].Match));
    }

    private Anomaly? Categorie(AnalyzedAct act)
    {
        var text = act.Segment.Text;
        var grade = act.Fields.Grade is { Length: > 0 } field ? field : GradeRegex().Match(text) is { Success: true } m ? m.Value : null;
        if (grade is null || grilles.CategoryOf(grade) is not { } expected)
        {
            return null;
        }

        var label = grilles.CanonicalLabel(grade) ?? grade;
        if (act.Fields.Categorie is { Length: > 0 } stated && !string.Equals(stated.Trim(), expected, StringComparison.OrdinalIgnoreCase))
        {
            return Anomaly(
                $"La catégorie indiquée ({stated.Trim().ToUpperInvariant()}) ne correspond pas au grade {FrenchText.Of(label)}, qui relève de la catégorie {expected}.",
                ActEvidence.ForField(act, FieldNames.Categorie));
        }

        for (var match = CategorieRegex().Match(text); match.Success; match = match.NextMatch())
        {
            if (ActLayout.IsLegalTextCitation(text, TextLines.Around(text, match.Index)) || match.Groups["c"].Value == expected)
            {
                continue;
            }

            return Anomaly(
                $"La catégorie indiquée ({match.Groups["c"].Value}) ne correspond pas au grade {FrenchText.Of(label)}, qui relève de la catégorie {expected}.",
                ActEvidence.FromMatch(act, match));
        }

        return null;
    }

    /// <summary>"Mme Sophie MARTIN, Adjointe au Maire": a signatory or delegate named with a qualité, not the agent.</summary>
    private static bool IsSomeoneElse(string text, AgentMention mention)
    {
        var after = mention.Index + mention.Length;
        return QualiteAfterRegex().IsMatch(text.AsSpan(after, Math.Min(60, text.Length - after)));
    }

    private static AgentReference ReferenceOf(ActFields fields, List<AgentMention> mentions)
    {
        var civilite = TextFolding.Fold(fields.AgentCivilite ?? string.Empty).Trim().TrimEnd('.');
        bool? feminine = civilite switch
        {
            "mme" or "madame" or "mlle" or "mademoiselle" => true,
            "m" or "mr" or "monsieur" => false,
            _ => null,
        };
        if (fields.AgentNom is { Length: > 0 } nom)
        {
            return new AgentReference(nom, fields.AgentPrenom, feminine);
        }

        // Without the extracted identity, the person named most often is the agent.
        var first = mentions
            .GroupBy(m => TextFolding.Fold(m.Nom))
            .OrderByDescending(g => g.Count())
            .First()
            .First();
        return new AgentReference(first.Nom, fields.AgentPrenom ?? first.Prenom, feminine ?? first.Feminine);
    }

    private static bool SameWord(string a, string b, int tolerance)
    {
        var x = TextFolding.Fold(a).Trim();
        var y = TextFolding.Fold(b).Trim();
        return x == y || (tolerance > 0 && EditDistance.Of(x, y) <= tolerance);
    }

    /// <summary>"DUPONT-MARTIN" and "DUPONT": a married or compound name, not another person.</summary>
    private static bool Compound(string a, string b)
    {
        var x = TextFolding.Fold(a);
        var y = TextFolding.Fold(b);
        return x.Split(' ', '-').Intersect(y.Split(' ', '-'), StringComparer.Ordinal).Any(w => w.Length > 2);
    }

    /// <summary>Under this OCR confidence (0–100), one letter of difference in a name is taken for a misreading.</summary>
    private const double PoorOcrConfidence = 80;

    [GeneratedRegex(@"^\s*,\s*(?:(?:le|la|l['’])\s*)?(?:premi[eè]re?\s+)?(?:adjointe?\s+(?:au|[àa]\s+la|d[ée]l[ée]gu)|maire|pr[ée]sidente?|vice|directeur|directrice|conseill[eè]re?|secr[ée]taire\s+g[ée]n[ée]ral|d\.?g\.?[sa]\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualiteAfterRegex();

    private const string Classe = @"(?:\s+principal(?:\s+de)?\s+(?:1re|1[eè]re|premi[eè]re|2e|2[eè]me|2nde|seconde|deuxi[eè]me)\s+classe)?";

    [GeneratedRegex(@"\b(?:adjoint\s+(?:administratif|technique)(?:\s+territorial)?" + Classe + @"|r[ée]dacteur(?:\s+territorial)?" + Classe + @"|attach[ée](?:\s+territorial)?(?:\s+principal|\s+hors\s+classe)?(?!\s+(?:[àa]|au|aux)\b))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GradeRegex();

    [GeneratedRegex(@"cat[ée]gorie\s+(?:hi[ée]rarchique\s+)?(?<c>(?-i:[ABC]))(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CategorieRegex();
}
