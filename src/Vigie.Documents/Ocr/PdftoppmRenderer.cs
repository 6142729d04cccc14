using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Vigie.Documents.Ocr;

/// <summary>
/// Renders one PDF page to a grey PNG with Poppler's pdftoppm. The PDF goes to its standard input and the PNG comes
/// back on its standard output: no temporary file is written, so none can be left behind.
/// </summary>
internal sealed class PdftoppmRenderer(string executable, TimeSpan timeout)
{
    /// <summary>The PNG, or null when pdftoppm is missing, fails, or exceeds the timeout (<paramref name="failure"/> says which).</summary>
    public byte[]? Render(byte[] pdf, int pageNumber, int dpi, CancellationToken cancellationToken, out string? failure)
    {
        var page = pageNumber.ToString(CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-f", page, "-l", page, "-gray", "-png", "-singlefile", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            failure = $"{executable} introuvable (paquet poppler-utils)";
            return null;
        }

        using (process)
        {
            using var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output, CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var writing = WriteInputAsync(process, pdf);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                process.WaitForExitAsync(deadline.Token).GetAwaiter().GetResult();
                Task.WhenAll(reading, errors, writing).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                Stop(process);
                cancellationToken.ThrowIfCancellationRequested();
                failure = string.Create(CultureInfo.InvariantCulture, $"{executable} a dépassé {timeout.TotalSeconds:0} s");
                return null;
            }

            if (process.ExitCode != 0 || output.Length == 0)
            {
                failure = string.Create(CultureInfo.InvariantCulture, $"{executable} a échoué (code {process.ExitCode})");
                return null;
            }

            failure = null;
            return output.ToArray();
        }
    }

    private static async Task WriteInputAsync(Process process, byte[] pdf)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(pdf).ConfigureAwait(false);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // pdftoppm stopped reading (bad PDF, killed): its exit code tells the rest.
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
