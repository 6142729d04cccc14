using System.Collections.Frozen;
using Vigie.Privacy.Text;

namespace Vigie.Privacy.Lexicons;

/// <summary>
/// The word lists the recognisers look words up in, loaded once from the embedded <c>Data/</c> files (see its
/// README.md for sources and licences): INSEE first names and surnames, ordinary French words, communes.
/// Lookups take spans, so the hot loop allocates nothing.
/// </summary>
public sealed class PrivacyLexicons
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinary;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _namesakeWords;

    private PrivacyLexicons(
        FrozenSet<string> firstNames, FrozenSet<string> surnames, FrozenSet<string> ordinary, FrozenSet<string> namesakeWords, CommuneDirectory communes)
    {
        _firstNames = firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _surnames = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinary = ordinary.GetAlternateLookup<ReadOnlySpan<char>>();
        _namesakeWords = namesakeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Communes = communes;
    }

    public CommuneDirectory Communes { get; }

    /// <summary>Loads the embedded lists (about a tenth of a second); register it once as a singleton.</summary>
    public static PrivacyLexicons LoadEmbedded()
    {
        var firstNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in EmbeddedData.ReadLines("prenoms.txt.gz"))
        {
            firstNames.Add(name);
            firstNames.Add(TextKey.Fold(name));
        }

        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in EmbeddedData.ReadLines("noms.txt.gz"))
        {
            surnames.Add(name);
        }

        var communes = CommuneDirectory.Load(EmbeddedData.ReadLines("communes.txt.gz"));

        var namesake = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in EmbeddedData.ReadLines("mots-communs-noms.txt"))
        {
            namesake.Add(TextKey.Upper(word.Trim()));
            namesake.Add(TextKey.Fold(word.Trim()));
        }

        var ordinary = new HashSet<string>(namesake, StringComparer.Ordinal);
        foreach (var word in EmbeddedData.ReadLines("lexique.txt.gz"))
        {
            ordinary.Add(TextKey.Upper(word));
        }

        foreach (var town in communes.LargeTownNames)
        {
            ordinary.Add(town);
        }

        return new PrivacyLexicons(
            firstNames.ToFrozenSet(StringComparer.Ordinal),
            surnames.ToFrozenSet(StringComparer.Ordinal),
            ordinary.ToFrozenSet(StringComparer.Ordinal),
            namesake.ToFrozenSet(StringComparer.Ordinal),
            communes);
    }

    /// <summary>An INSEE first name (key from <see cref="TextKey.Upper(ReadOnlySpan{char}, Span{char})"/>, accents kept or not).</summary>
    public bool IsFirstName(ReadOnlySpan<char> upperKey) => _firstNames.Contains(upperKey);

    /// <summary>An INSEE surname (key from <see cref="TextKey.Fold(ReadOnlySpan{char}, Span{char})"/>).</summary>
    public bool IsSurname(ReadOnlySpan<char> foldedKey) => _surnames.Contains(foldedKey);

    /// <summary>An ordinary French word or a large town (upper-case key, accents kept): weak evidence of a name.</summary>
    public bool IsOrdinaryWord(ReadOnlySpan<char> upperKey) => _ordinary.Contains(upperKey);

    /// <summary>A word of the hand-made list of ordinary words that are also names (Petit, Blanc, Pierre…).</summary>
    public bool IsNamesakeWord(ReadOnlySpan<char> upperKey) => _namesakeWords.Contains(upperKey);
}
