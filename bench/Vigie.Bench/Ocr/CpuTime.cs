using System.Diagnostics;
using System.Globalization;

namespace Vigie.Bench.Ocr;

/// <summary>
/// CPU time used, of this process and of its finished child processes. On a shared machine wall-clock time mostly
/// measures the other load; pages per CPU-second is what one idle core would deliver.
/// </summary>
internal static class CpuTime
{
    /// <summary>Linux's USER_HZ, the unit of /proc/self/stat times (100 on every mainstream kernel build).</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan OfThisProcess()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>CPU time of the child processes that have ended (cutime + cstime), or null off Linux.</summary>
    public static TimeSpan? OfEndedChildren()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17.
            var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
