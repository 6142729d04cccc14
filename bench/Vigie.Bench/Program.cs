using Vigie.Bench;

// Timed benchmarks of Vigie, run on demand (never in the test suite). See bench/README.md.
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToDictionary(b => b.Name, StringComparer.Ordinal);

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var benchmark))
{
    Console.Error.WriteLine("Usage : dotnet run -c Release --project bench/Vigie.Bench -- <benchmark> [options]");
    Console.Error.WriteLine("Benchmarks disponibles :");
    foreach (var b in benchmarks.Values)
    {
        Console.Error.WriteLine($"  {b.Name,-20} {b.Description}");
    }

    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await benchmark.RunAsync(args.Skip(1).ToArray(), cancellation.Token).ConfigureAwait(false);
