using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>
/// Reads, in the decision part (objet and articles), the sub-kind of a position act (<c>motif</c>: disponibilité
/// pour convenances personnelles, temps partiel de droit…) and what the act does with it (<c>nature</c>:
/// placement, renouvellement, réintégration, refus, fin).
/// </summary>
internal sealed partial class MotifNatureExtractor
{
    public void Extract(ExtractionContext context)
    {
        var act = context.Act;
        var ranges = DecisionRanges(act);
        var motif = context.Type switch
        {
            ActType.Disponibilite => FirstOf(act, ranges, DisponibiliteMotifs),
            ActType.TempsPartiel => FirstOf(act, ranges, TempsPartielMotifs),
            ActType.Detachement => FirstOf(act, ranges, DetachementMotifs),
            ActType.Contrat => FirstOf(act, ranges, ContratMotifs),
            _ => null,
        };
        if (motif is { } m && (context.Fields.Motif is null || context.Type != ActType.Contrat))
        {
            context.Fields.Motif = m.Value;
            context.Cite(FieldNames.Motif, m.Range);
        }

        if (context.IsPosition || context.IsContract)
        {
            var nature = FirstOf(act, ranges, Natures);
            if (nature is { } n)
            {
                context.Fields.Nature = n.Value;
                context.Cite(FieldNames.Nature, n.Range);
            }
            else if (context.IsPosition)
            {
                context.Fields.Nature = "placement";
            }
        }
    }

    private static List<TextRange> DecisionRanges(ActText act)
    {
        var ranges = new List<TextRange>();
        if (act.KeyValues.TryGet(KeyValueKeys.Objet, out var objet))
        {
            ranges.Add(objet);
        }

        if (act.KeyValues.TryGet(KeyValueKeys.TypeActe, out var type))
        {
            ranges.Add(type);
        }

        if (act.Layout.HasActStructure)
        {
            ranges.Add(act.Layout.Title);
            if (act.Layout.Articles.Count > 0)
            {
                ranges.Add(act.Layout.Articles[0]);
                if (act.Layout.Articles.Count > 1)
                {
                    ranges.Add(act.Layout.Articles[1]);
                }
            }
        }
        else
        {
            ranges.Add(new TextRange(0, act.Text.Length));
        }

        return ranges;
    }

    private static (string Value, TextRange Range)? FirstOf(ActText act, List<TextRange> ranges, (Regex Pattern, string Value)[] options)
    {
        foreach (var range in ranges)
        {
            foreach (var (pattern, value) in options)
            {
                var m = pattern.Match(act.Text, range.Start, range.Length);
                if (m.Success)
                {
                    return (value, new TextRange(m.Index, m.Index + m.Length));
                }
            }
        }

        return null;
    }

    private static readonly (Regex, string)[] DisponibiliteMotifs =
    [
        (ConvenancesPersonnelles(), "convenances personnelles"),
        (Etudes(), "etudes"),
        (CreationEntreprise(), "creation_entreprise"),
        (EleverEnfant(), "elever_enfant"),
        (SuivreConjoint(), "suivre_conjoint"),
        (DonnerSoins(), "donner_soins"),
        (Office(), "office"),
        (MandatElu(), "mandat_elu"),
    ];

    private static readonly (Regex, string)[] TempsPartielMotifs =
    [
        (DeDroit(), "de_droit"),
        (SurAutorisation(), "sur_autorisation"),
    ];

    private static readonly (Regex, string)[] DetachementMotifs =
    [
        (CourteDuree(), "courte"),
        (LongueDuree(), "longue"),
    ];

    private static readonly (Regex, string)[] ContratMotifs =
    [
        (AccroissementTemporaire(), "accroissement_temporaire"),
        (AccroissementSaisonnier(), "accroissement_saisonnier"),
        (Remplacement(), "remplacement"),
        (VacanceTemporaire(), "vacance_temporaire"),
        (ContratProjet(), "projet"),
    ];

    private static readonly (Regex, string)[] Natures =
    [
        (Refus(), "refus"),
        (Renouvellement(), "renouvellement"),
        (Reintegration(), "reintegration"),
        (Fin(), "fin"),
    ];

    [GeneratedRegex(@"\bconvenances? personnelles?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ConvenancesPersonnelles();

    [GeneratedRegex(@"\betudes? ou (?:de )?recherches?\b|\bpour (?:suivre des )?etudes\b", RegexOptions.CultureInvariant)]
    private static partial Regex Etudes();

    [GeneratedRegex(@"\bcre(?:er|ation)(?: ou (?:reprendre|reprise))? (?:d')?(?:une )?entreprise\b", RegexOptions.CultureInvariant)]
    private static partial Regex CreationEntreprise();

    [GeneratedRegex(@"\belever (?:un|son|ses|leur) enfants?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EleverEnfant();

    [GeneratedRegex(@"\bsuivre (?:son|sa|leur) (?:conjoint|partenaire|epoux|epouse)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SuivreConjoint();

    [GeneratedRegex(@"\bdonner des soins\b", RegexOptions.CultureInvariant)]
    private static partial Regex DonnerSoins();

    [GeneratedRegex(@"\bdisponibilite d'office\b", RegexOptions.CultureInvariant)]
    private static partial Regex Office();

    [GeneratedRegex(@"\bmandat (?:d'elu|electif)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MandatElu();

    [GeneratedRegex(@"\bde droit\b|\bnaissance\b|\badoption\b|\benfant de moins de (?:trois|3) ans\b", RegexOptions.CultureInvariant)]
    private static partial Regex DeDroit();

    [GeneratedRegex(@"\bsur autorisation\b", RegexOptions.CultureInvariant)]
    private static partial Regex SurAutorisation();

    [GeneratedRegex(@"\bcourte duree\b", RegexOptions.CultureInvariant)]
    private static partial Regex CourteDuree();

    [GeneratedRegex(@"\blongue duree\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongueDuree();

    [GeneratedRegex(@"\baccroissement temporaire\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccroissementTemporaire();

    [GeneratedRegex(@"\baccroissement saisonnier\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccroissementSaisonnier();

    [GeneratedRegex(@"\bremplace(?:ment|r)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Remplacement();

    [GeneratedRegex(@"\bvacance temporaire\b", RegexOptions.CultureInvariant)]
    private static partial Regex VacanceTemporaire();

    [GeneratedRegex(@"\bcontrat de projet\b", RegexOptions.CultureInvariant)]
    private static partial Regex ContratProjet();

    [GeneratedRegex(@"\brefus\w*\b|\brejet\w*\b|\bn'est pas (?:accorde|autorise)e?\b|\best refusee?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Refus();

    [GeneratedRegex(@"\brenouvel\w*|\bprolong\w*", RegexOptions.CultureInvariant)]
    private static partial Regex Renouvellement();

    [GeneratedRegex(@"\breintegr\w*", RegexOptions.CultureInvariant)]
    private static partial Regex Reintegration();

    [GeneratedRegex(@"\bfin (?:de|du|au|a la) (?:detachement|disponibilite|temps partiel|conge|contrat)|\bil est mis fin\b|\bmet fin\b|\bcessation\b", RegexOptions.CultureInvariant)]
    private static partial Regex Fin();
}
