using System.Globalization;
using System.Text;

namespace Vigie.Bench.Privacy;

/// <summary>
/// Writes the generated part of the labelled evaluation corpus (tests/corpus/pii/genere), deterministic:
/// <c>dotnet run -c Release --project bench/Vigie.Bench -- pii-corpus [--count 60] [--out DIR]</c>.
/// </summary>
public sealed class PiiCorpusGenerator : IBenchmark
{
    public string Name => "pii-corpus";

    public string Description => "Génère la partie « générée » du corpus annoté de données personnelles (tests/corpus/pii/genere).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = int.Parse(BenchArguments.Value(args, "--count") ?? "60", CultureInfo.InvariantCulture);
        var output = BenchArguments.Value(args, "--out") ?? Path.Combine(BenchPaths.RepositoryRoot(), "tests", "corpus", "pii", "genere");
        Directory.CreateDirectory(output);
        var generator = new PiiTextGenerator(20241128);
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(output, $"{PiiTextGenerator.Kind(i)}-{i:000}.txt");
            await File.WriteAllTextAsync(path, generator.Next(i) + "\n", new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        }

        Console.WriteLine($"{count} documents écrits dans {output}");
        return 0;
    }
}
