using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Vigie.Bench.Privacy;

/// <summary>
/// Derives the compact lists shipped in src/Vigie.Privacy/Data from the shared public data (INSEE first names and
/// surnames, communes, DILA fiches for the lexicon of ordinary French words). Run once when the sources change:
/// <c>dotnet run -c Release --project bench/Vigie.Bench -- pii-data [--shared DIR] [--out DIR]</c>.
/// </summary>
public sealed class PiiDataBuilder : IBenchmark
{
    /// <summary>A first name is kept when at least this many births carry it (1900–2022).</summary>
    private const int MinFirstNameBirths = 200;

    /// <summary>A surname is kept when at least this many people born 1891–2000 carry it.</summary>
    private const int MinSurnameBearers = 100;

    /// <summary>A lower-case word of the fiches is an ordinary word when seen at least this often.</summary>
    private const int MinLexiconCount = 2;

    public string Name => "pii-data";

    public string Description => "Dérive les listes compactes de Vigie.Privacy (prénoms, noms, communes, lexique) des données publiques partagées.";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var shared = BenchArguments.Value(args, "--shared") ?? BenchPaths.Shared()
            ?? throw new InvalidOperationException("Données partagées introuvables (--shared).");
        var output = BenchArguments.Value(args, "--out") ?? Path.Combine(BenchPaths.RepositoryRoot(), "src", "Vigie.Privacy", "Data");
        Directory.CreateDirectory(output);

        var firstNames = ReadFirstNames(Path.Combine(shared, "data", "referentiels", "insee", "prenoms-nat2022.csv.zip"));
        await WriteGzipLinesAsync(Path.Combine(output, "prenoms.txt.gz"), firstNames, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"prénoms : {firstNames.Count}");

        var surnames = ReadSurnames(Path.Combine(shared, "data", "referentiels", "insee", "noms-1891-2000.txt.zip"));
        await WriteGzipLinesAsync(Path.Combine(output, "noms.txt.gz"), surnames, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"noms : {surnames.Count}");

        var communes = ReadCommunes(Path.Combine(shared, "data", "referentiels", "communes.json"));
        await WriteGzipLinesAsync(Path.Combine(output, "communes.txt.gz"), communes, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"communes : {communes.Count}");

        // The lexicon comes from the "particuliers" fiches only, so that the "professionnels" and "associations"
        // fiches stay unseen for the false-positive measure.
        var lexicon = ReadLexicon(Path.Combine(shared, "data", "service-public", "vosdroits-particuliers.zip"));
        await WriteGzipLinesAsync(Path.Combine(output, "lexique.txt.gz"), lexicon, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"lexique : {lexicon.Count}");
        return 0;
    }

    private static List<string> ReadFirstNames(string zipPath)
    {
        var births = new Dictionary<string, long>(StringComparer.Ordinal);
        using var archive = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(archive.Entries[0].Open(), Encoding.UTF8);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(';');
            if (fields.Length < 4 || fields[1].StartsWith('_') || fields[1].Length < 2)
            {
                continue;
            }

            births[fields[1]] = births.GetValueOrDefault(fields[1]) + long.Parse(fields[3], CultureInfo.InvariantCulture);
        }

        return births.Where(p => p.Value >= MinFirstNameBirths).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> ReadSurnames(string zipPath)
    {
        var result = new List<string>();
        using var archive = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(archive.Entries[0].Open(), Encoding.Latin1);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Contains(' ', StringComparison.Ordinal) || fields[0].Length < 2
                || fields[0].Contains("AUTRES", StringComparison.Ordinal))
            {
                continue;
            }

            long bearers = 0;
            for (var i = 1; i < fields.Length; i++)
            {
                bearers += long.Parse(fields[i], CultureInfo.InvariantCulture);
            }

            if (bearers >= MinSurnameBearers)
            {
                result.Add(fields[0]);
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static List<string> ReadCommunes(string jsonPath)
    {
        using var stream = File.OpenRead(jsonPath);
        using var document = JsonDocument.Parse(stream);
        var lines = new List<string>();
        foreach (var commune in document.RootElement.EnumerateArray())
        {
            if (!commune.TryGetProperty("nom", out var name) || !commune.TryGetProperty("codesPostaux", out var codes))
            {
                continue;
            }

            var population = commune.TryGetProperty("population", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt64() : 0;
            var postal = string.Join(',', codes.EnumerateArray().Select(c => c.GetString()));
            lines.Add($"{name.GetString()}\t{population.ToString(CultureInfo.InvariantCulture)}\t{postal}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static List<string> ReadLexicon(string zipPath)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using var archive = ZipFile.OpenRead(zipPath);
        var word = new StringBuilder();
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var stream = entry.Open();
            var text = DilaFicheText.Extract(stream);
            foreach (var ch in text + " ")
            {
                if (char.IsLetter(ch))
                {
                    word.Append(ch);
                    continue;
                }

                if (word.Length >= 2 && IsLowerWord(word))
                {
                    var w = word.ToString();
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                }

                word.Clear();
            }
        }

        return counts.Where(p => p.Value >= MinLexiconCount).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
    }

    private static bool IsLowerWord(StringBuilder word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static async Task WriteGzipLinesAsync(string path, IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        await using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
