using System.Diagnostics;

namespace Vigie.Bench;

/// <summary>Peak memory of this process and of child processes, as the kernel counts it.</summary>
public static class PeakMemory
{
    /// <summary>Peak resident set size of this process in bytes (VmHWM), or the current working set elsewhere.</summary>
    public static long CurrentProcessPeakBytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    return kb * 1024;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
