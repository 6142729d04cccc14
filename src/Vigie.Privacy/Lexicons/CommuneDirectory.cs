using System.Collections.Frozen;
using System.Globalization;
using Vigie.Privacy.Text;

namespace Vigie.Privacy.Lexicons;

/// <summary>French postal codes and commune names (folded), to recognise the "code postal + ville" line of an address.</summary>
public sealed class CommuneDirectory
{
    /// <summary>Towns this big are also weak evidence against a first name ("Nancy", "Valence").</summary>
    private const long LargeTownPopulation = 20_000;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _postalCodes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _names;

    private CommuneDirectory(FrozenSet<string> postalCodes, FrozenSet<string> names, IReadOnlyList<string> largeTownNames)
    {
        _postalCodes = postalCodes.GetAlternateLookup<ReadOnlySpan<char>>();
        _names = names.GetAlternateLookup<ReadOnlySpan<char>>();
        LargeTownNames = largeTownNames;
    }

    /// <summary>Names (upper case, with and without accents) of communes of 20,000 inhabitants or more.</summary>
    public IReadOnlyList<string> LargeTownNames { get; }

    /// <summary>Reads lines "Nom\tpopulation\tcp1,cp2".</summary>
    public static CommuneDirectory Load(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var large = new List<string>();
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 3)
            {
                continue;
            }

            var folded = TextKey.Fold(fields[0]);
            names.Add(folded);
            names.Add(folded.Replace('-', ' '));
            if (folded.StartsWith("SAINT-", StringComparison.Ordinal))
            {
                names.Add("ST-" + folded[6..]);
            }

            foreach (var code in fields[2].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                codes.Add(code);
            }

            if (long.TryParse(fields[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population) && population >= LargeTownPopulation)
            {
                large.Add(folded);
                large.Add(TextKey.Upper(fields[0]));
            }
        }

        return new CommuneDirectory(codes.ToFrozenSet(StringComparer.Ordinal), names.ToFrozenSet(StringComparer.Ordinal), large);
    }

    public bool IsPostalCode(ReadOnlySpan<char> code) => _postalCodes.Contains(code);

    /// <summary>A commune name, key from <see cref="TextKey.Fold(ReadOnlySpan{char}, Span{char})"/>.</summary>
    public bool IsCommuneName(ReadOnlySpan<char> foldedName) => _names.Contains(foldedName);
}
