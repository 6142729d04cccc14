using System.Text;
using System.Text.RegularExpressions;

namespace Vigie.Privacy.Evaluation;

/// <summary>
/// Reads the labelled corpus: every <c>*.txt</c> file under a folder, with entities marked inline as
/// <c>{{TYPE|text}}</c> (e.g. <c>Mme {{PERSONNE|Claire DUPONT}}</c>); the markup is removed and the offsets computed
/// on the plain text. A document's group is its first sub-folder (or "corpus").
/// </summary>
public static partial class LabelledCorpusReader
{
    public static IReadOnlyList<LabelledDocument> ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Dossier de corpus introuvable : {folder}");
        }

        var documents = new List<LabelledDocument>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            var group = slash > 0 ? relative[..slash] : "corpus";
            documents.Add(Parse(relative, group, File.ReadAllText(path, Encoding.UTF8)));
        }

        return documents;
    }

    /// <summary>Parses one annotated text; throws <see cref="FormatException"/> (French) on an unknown type.</summary>
    public static LabelledDocument Parse(string name, string group, string annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var text = new StringBuilder(annotated.Length);
        var entities = new List<LabelledEntity>();
        var position = 0;
        foreach (Match match in Markup().Matches(annotated))
        {
            text.Append(annotated, position, match.Index - position);
            if (!PiiTypeCodes.TryParse(match.Groups["type"].ValueSpan, out var type))
            {
                throw new FormatException($"{name} : type d'entité inconnu « {match.Groups["type"].Value} ».");
            }

            var start = text.Length;
            text.Append(match.Groups["text"].Value);
            entities.Add(new LabelledEntity(start, text.Length, type.Value));
            position = match.Index + match.Length;
        }

        text.Append(annotated, position, annotated.Length - position);
        return new LabelledDocument(name, group, text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), entities);
    }

    [GeneratedRegex(@"\{\{(?<type>[A-Z_]+)\|(?<text>.*?)\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Markup();
}
