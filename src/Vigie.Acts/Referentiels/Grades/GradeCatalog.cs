using System.Collections.Frozen;
using System.Text.Json;
using Vigie.Acts.Extraction;

namespace Vigie.Acts.Referentiels.Grades;

/// <summary>
/// The catalogue of FPT grades (<c>Referentiels/Grades/grades.json</c>): canonical labels, aliases,
/// catégorie, cadre d'emplois and filière, and a matcher that finds grades written in any usual way
/// ("adjointe administrative principale de 2ème classe", "adj. adm. ppal 2e cl.", "AAP2"), longest first.
/// Immutable once loaded; register it as a singleton.
/// </summary>
public sealed class GradeCatalog
{
    private const string ResourceName = "Vigie.Acts.Referentiels.Grades.grades.json";

    private readonly FrozenDictionary<string, GradeDefinition> _byLabel;
    private readonly TrieNode _root = new();

    public GradeCatalog(IReadOnlyList<GradeDefinition> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        Grades = grades;
        _byLabel = grades.ToFrozenDictionary(g => g.Label, StringComparer.Ordinal);
        // Labels first: an alias never takes the place of another grade's canonical label.
        foreach (var grade in grades)
        {
            Insert(grade.Label, grade);
        }

        foreach (var grade in grades)
        {
            foreach (var alias in grade.Aliases)
            {
                Insert(alias, grade);
            }
        }
    }

    public IReadOnlyList<GradeDefinition> Grades { get; }

    public static GradeCatalog LoadEmbedded()
    {
        using var stream = typeof(GradeCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Catalogue des grades embarqué introuvable.");
        using var document = JsonDocument.Parse(stream);
        var grades = new List<GradeDefinition>();
        foreach (var g in document.RootElement.GetProperty("grades").EnumerateArray())
        {
            grades.Add(new GradeDefinition(
                g.GetProperty("label").GetString()!,
                g.GetProperty("categorie").GetString()!,
                g.GetProperty("cadre_emplois").GetString()!,
                g.GetProperty("filiere").GetString()!,
                g.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray()));
        }

        return new GradeCatalog(grades);
    }

    /// <summary>The grade with that canonical label, or null.</summary>
    public GradeDefinition? Find(string label) => _byLabel.GetValueOrDefault(label);

    /// <summary>The grade a written label designates (the whole label must be a grade), or null.</summary>
    public GradeDefinition? Match(string written)
    {
        ArgumentNullException.ThrowIfNull(written);
        var folded = TextNormalizer.Normalize(written).Text;
        var matches = FindAll(folded, 0, folded.Length);
        return matches.Count > 0 && matches[0].Start <= FirstWord(folded) ? matches[0].Grade : null;
    }

    /// <summary>Every grade written in a range of a normalised text, longest match first at each place.</summary>
    public IReadOnlyList<GradeMatch> FindAll(string normalized, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var tokens = Tokenize(normalized, start, Math.Min(end, normalized.Length));
        var matches = new List<GradeMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Word.Length == 0 || !_root.Next.TryGetValue(token.Word, out var node))
            {
                i++;
                continue;
            }

            GradeDefinition? best = node.Grade;
            var bestEnd = i;
            for (var j = i + 1; j < tokens.Count; j++)
            {
                if (tokens[j].BarrierBefore)
                {
                    break;
                }

                if (tokens[j].Word.Length == 0)
                {
                    continue;
                }

                if (!node.Next.TryGetValue(tokens[j].Word, out var next))
                {
                    break;
                }

                node = next;
                if (node.Grade is not null)
                {
                    best = node.Grade;
                    bestEnd = j;
                }
            }

            if (best is not null)
            {
                matches.Add(new GradeMatch(best, token.Start, tokens[bestEnd].End));
                i = bestEnd + 1;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private void Insert(string label, GradeDefinition grade)
    {
        var folded = TextNormalizer.Normalize(label).Text;
        var node = _root;
        foreach (var token in Tokenize(folded, 0, folded.Length))
        {
            if (token.Word.Length == 0)
            {
                continue;
            }

            if (!node.Next.TryGetValue(token.Word, out var next))
            {
                next = new TrieNode();
                node.Next[token.Word] = next;
            }

            node = next;
        }

        node.Grade ??= grade;
    }

    private static int FirstWord(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                return i;
            }
        }

        return 0;
    }

    private static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var barrier = false;
        var newlines = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                if (c is ',' or ';' or ':' or '(' or ')' or '\t' or '/' or '"')
                {
                    barrier = true;
                }
                else if (c == '\n' && ++newlines > 1)
                {
                    barrier = true;
                }

                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(GradeWords.Canonicalize(text.AsSpan(wordStart, i - wordStart)), wordStart, i, barrier));
            barrier = false;
            newlines = 0;
        }

        return tokens;
    }

    private readonly record struct Token(string Word, int Start, int End, bool BarrierBefore);

    private sealed class TrieNode
    {
        public Dictionary<string, TrieNode> Next { get; } = new(StringComparer.Ordinal);

        public GradeDefinition? Grade { get; set; }
    }
}
