using Vigie.Storage.Tests.Resume;

namespace Vigie.Storage.Tests;

/// <summary>
/// Runs the tests, or, with <see cref="ChildBatchWriter.Argument"/>, acts as the batch-writing child process that
/// the resume test kills: one assembly, nothing else to build or find.
/// </summary>
internal static class TestEntryPoint
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildBatchWriter.Argument)
        {
            return ChildBatchWriter.RunAsync(args[1..], Console.Out, CancellationToken.None).GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
