using System.Collections.Frozen;

namespace Vigie.Acts.Referentiels.Grades;

/// <summary>
/// How the words of a written grade map to the words of the catalogue: feminine forms, abbreviations,
/// ordinals ("2ème", "deuxième", "2nde" → "2e") and words that carry no meaning for the match
/// ("de", "territorial", "classe") so that "adjointe adm. ppale de 2ème cl." reads like the catalogue label.
/// </summary>
internal static class GradeWords
{
    /// <summary>Canonical form of a folded word; the empty string for a word to skip.</summary>
    private static readonly FrozenDictionary<string, string> Canonical = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // words skipped
        ["de"] = string.Empty, ["d"] = string.Empty, ["du"] = string.Empty, ["des"] = string.Empty,
        ["la"] = string.Empty, ["le"] = string.Empty, ["l"] = string.Empty, ["et"] = string.Empty,
        ["en"] = string.Empty, ["territorial"] = string.Empty, ["territoriale"] = string.Empty,
        ["territoriaux"] = string.Empty, ["territoriales"] = string.Empty, ["terr"] = string.Empty,
        ["classe"] = string.Empty, ["cl"] = string.Empty, ["cla"] = string.Empty, ["cle"] = string.Empty,

        // ordinals
        ["2e"] = "2e", ["2eme"] = "2e", ["2ieme"] = "2e", ["2nde"] = "2e", ["2de"] = "2e", ["2nd"] = "2e",
        ["deuxieme"] = "2e", ["seconde"] = "2e", ["second"] = "2e",
        ["1re"] = "1re", ["1ere"] = "1re", ["1er"] = "1re", ["1e"] = "1re", ["premiere"] = "1re", ["premier"] = "1re",

        // feminine and plural forms
        ["adjointe"] = "adjoint", ["administrative"] = "administratif", ["principale"] = "principal",
        ["redactrice"] = "redacteur", ["attachee"] = "attache", ["technicienne"] = "technicien",
        ["ingenieure"] = "ingenieur", ["animatrice"] = "animateur", ["educatrice"] = "educateur",
        ["infirmiere"] = "infirmier", ["directrice"] = "directeur", ["generale"] = "general",
        ["assistante"] = "assistant", ["conseillere"] = "conseiller", ["conservatrice"] = "conservateur",
        ["gardienne"] = "gardien", ["brigadiere"] = "brigadier", ["monitrice"] = "moniteur",
        ["operatrice"] = "operateur", ["specialisee"] = "specialise", ["ecole"] = "ecoles",
        ["maternelle"] = "maternelles", ["auxiliaires"] = "auxiliaire",
        ["generaux"] = "generaux", ["intervenante"] = "intervenant", ["familiale"] = "familial",
        ["superieure"] = "superieure", ["exceptionnelle"] = "exceptionnelle", ["normale"] = "normale",

        // abbreviations
        ["adj"] = "adjoint", ["adjt"] = "adjoint", ["adjte"] = "adjoint", ["adjnt"] = "adjoint",
        ["adm"] = "administratif", ["admin"] = "administratif", ["administ"] = "administratif", ["admve"] = "administratif",
        ["admif"] = "administratif", ["administr"] = "administratif",
        ["tech"] = "technique", ["techn"] = "technique", ["tec"] = "technique", ["techniq"] = "technique",
        ["ppal"] = "principal", ["pal"] = "principal", ["princ"] = "principal", ["pp"] = "principal",
        ["ppale"] = "principal", ["prin"] = "principal",
        ["anim"] = "animation", ["patr"] = "patrimoine", ["patrim"] = "patrimoine", ["redac"] = "redacteur",
        ["aps"] = "aps", ["ens"] = "enseignement", ["enseignt"] = "enseignement", ["artist"] = "artistique",
        ["etab"] = "etablissements", ["etablissement"] = "etablissements",
        ["ing"] = "ingenieur",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CanonicalSpan =
        Canonical.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Canonical form of a folded word (the word itself when it has none; empty to skip it).</summary>
    public static string Canonicalize(ReadOnlySpan<char> word) =>
        CanonicalSpan.TryGetValue(word, out var canonical) ? canonical : word.ToString();

    public static bool TryCanonical(ReadOnlySpan<char> word, out string canonical) =>
        CanonicalSpan.TryGetValue(word, out canonical!);
}
