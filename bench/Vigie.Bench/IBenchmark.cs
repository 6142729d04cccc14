namespace Vigie.Bench;

/// <summary>
/// One timed benchmark, run on demand with <c>dotnet run -c Release --project bench/Vigie.Bench -- NAME [args]</c>.
/// Every benchmark of this assembly is found by reflection; each prints its figures and a baseline measured in the
/// same run, and writes them under <c>bench/results/</c>.
/// </summary>
public interface IBenchmark
{
    /// <summary>Name on the command line, e.g. "ingest-pdf".</summary>
    string Name { get; }

    /// <summary>One line saying what is measured and against which baseline.</summary>
    string Description { get; }

    Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
