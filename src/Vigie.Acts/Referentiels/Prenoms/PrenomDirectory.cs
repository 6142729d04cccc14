using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigie.Acts.Extraction;

namespace Vigie.Acts.Referentiels.Prenoms;

/// <summary>
/// Prénoms given in France 1900–2022 with how often each is also a surname (INSEE, Licence Ouverte).
/// Tells the prénom from the surname in a name written all in capitals and restores a prénom's accents.
/// Immutable once loaded; register it as a singleton.
/// </summary>
public sealed class PrenomDirectory
{
    private const string ResourceName = "Vigie.Acts.Referentiels.Prenoms.prenoms.json";

    private readonly FrozenDictionary<string, Entry> _byKey;

    private PrenomDirectory(FrozenDictionary<string, Entry> byKey)
    {
        _byKey = byKey;
    }

    public static PrenomDirectory LoadEmbedded()
    {
        using var stream = typeof(PrenomDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Référentiel des prénoms embarqué introuvable.");
        using var document = JsonDocument.Parse(stream);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var row in document.RootElement.GetProperty("prenoms").EnumerateArray())
        {
            var written = row[0].GetString()!;
            var key = TextNormalizer.Normalize(written).Text;
            var entry = new Entry(written, row[1].GetInt32(), row[2].GetInt32());
            // Accented and plain spellings fold alike: keep the counts together, the most given spelling.
            if (entries.TryGetValue(key, out var existing))
            {
                var main = existing.Births >= entry.Births ? existing.Written : entry.Written;
                entry = new Entry(main, existing.Births + entry.Births, Math.Max(existing.AsSurname, entry.AsSurname));
            }

            entries[key] = entry;
        }

        return new PrenomDirectory(entries.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>True when the folded word is a known prénom.</summary>
    public bool IsPrenom(string folded) => _byKey.ContainsKey(folded);

    /// <summary>
    /// How much more likely the folded word is a prénom than a surname (log ratio; positive: a prénom).
    /// A compound prénom ("jean-pierre") scores by its parts.
    /// </summary>
    public double PrenomScore(string folded)
    {
        if (_byKey.TryGetValue(folded, out var entry))
        {
            return Math.Log((entry.Births + 1.0) / (entry.AsSurname + 1.0));
        }

        if (folded.Contains('-', StringComparison.Ordinal))
        {
            var parts = folded.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1 && parts.All(p => _byKey.ContainsKey(p)))
            {
                return parts.Min(p => Math.Log((_byKey[p].Births + 1.0) / (_byKey[p].AsSurname + 1.0))) + 2;
            }
        }

        return -10;
    }

    /// <summary>A prénom written in capitals put in usual case, accents restored ("HELENE" → "Hélène", "JEAN-FRANCOIS" → "Jean-François").</summary>
    public string ToUsualCase(string capitals)
    {
        ArgumentNullException.ThrowIfNull(capitals);
        var builder = new StringBuilder(capitals.Length);
        var part = new StringBuilder();
        foreach (var c in capitals)
        {
            if (c is '-' or ' ' or '\'')
            {
                builder.Append(PartToUsual(part.ToString())).Append(c);
                part.Clear();
            }
            else
            {
                part.Append(c);
            }
        }

        builder.Append(PartToUsual(part.ToString()));
        return builder.ToString();
    }

    private string PartToUsual(string part)
    {
        if (part.Length == 0)
        {
            return part;
        }

        var key = TextNormalizer.Normalize(part).Text;
        // Capitals often lose their accents: restore them from the INSEE spelling, unless the text has some.
        var hasAccent = part.Any(c => c > '\u007F');
        var source = !hasAccent && _byKey.TryGetValue(key, out var entry) && !entry.Written.Contains('-', StringComparison.Ordinal)
            ? entry.Written
            : part;
        var lower = source.ToLower(CultureInfo.GetCultureInfo("fr-FR"));
        return char.ToUpper(lower[0], CultureInfo.GetCultureInfo("fr-FR")) + lower[1..];
    }

    private readonly record struct Entry(string Written, int Births, int AsSurname);
}
