// Timed benchmarks of Vigie, run on demand (never in the test suite). See bench/README.md.
Console.Error.WriteLine("Usage : dotnet run -c Release --project bench/Vigie.Bench -- <benchmark> [options]");
return 2;
