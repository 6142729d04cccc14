using System.Diagnostics;
using System.Globalization;

namespace Vigie.Bench.Ocr;

/// <summary>The baseline: the <c>tesseract</c> command, one process per page (it loads the language data every time).</summary>
internal static class TesseractCli
{
    public static bool IsInstalled()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("tesseract", "--version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Recognises every file with <paramref name="workers"/> processes at a time; OMP_THREAD_LIMIT=1 when <paramref name="singleThreaded"/>.</summary>
    public static (TimeSpan Elapsed, string[] Texts) Run(
        IReadOnlyList<string> files, int workers, bool singleThreaded, int psm, bool invert, CancellationToken cancellationToken)
    {
        var texts = new string[files.Count];
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
        {
            var start = new ProcessStartInfo("tesseract")
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { files[i], "-", "-l", "fra", "--psm", psm.ToString(CultureInfo.InvariantCulture), "-c", $"tessedit_do_invert={(invert ? 1 : 0)}" })
            {
                start.ArgumentList.Add(argument);
            }

            if (singleThreaded)
            {
                start.Environment["OMP_THREAD_LIMIT"] = "1";
            }
            else
            {
                start.Environment.Remove("OMP_THREAD_LIMIT");
            }

            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            texts[i] = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.GetAwaiter().GetResult();
        });
        return (stopwatch.Elapsed, texts);
    }
}
