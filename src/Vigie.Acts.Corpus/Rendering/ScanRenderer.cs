using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>
/// Turns the first page of a PDF into a scan-like PNG: <c>pdftoppm -r 200 -gray</c>, then a slight rotation and
/// speckle noise drawn from the injected <see cref="Random"/>. Needs poppler-utils; <see cref="IsAvailable"/> says
/// whether pdftoppm is on the PATH so callers skip scans cleanly.
/// </summary>
public sealed class ScanRenderer
{
    private readonly string? _pdftoppm = FindOnPath("pdftoppm");

    public bool IsAvailable => _pdftoppm is not null;

    /// <summary>Label of the degradation applied ("rotation_bruit").</summary>
    public const string Degradation = "rotation_bruit";

    public byte[] Render(byte[] pdf, Random random, int dpi = 200, bool degrade = true)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(random);
        if (_pdftoppm is null)
        {
            throw new InvalidOperationException("pdftoppm est introuvable (paquet poppler-utils) : les scans ne peuvent pas être générés.");
        }

        var work = Path.Combine(Path.GetTempPath(), "vigie-scan-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "page.pdf");
            File.WriteAllBytes(input, pdf);
            var start = new ProcessStartInfo(_pdftoppm)
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-f", "1", "-l", "1", "-singlefile", input, Path.Combine(work, "page") })
            {
                start.ArgumentList.Add(arg);
            }

            using (var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm n'a pas démarré."))
            {
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    throw new InvalidOperationException($"pdftoppm a échoué ({process.ExitCode}) : {error.Trim()}");
                }
            }

            var (pixels, width, height) = ReadPgm(File.ReadAllBytes(Path.Combine(work, "page.pgm")));
            if (degrade)
            {
                pixels = Rotate(pixels, width, height, (random.NextDouble() - 0.5) * 2.0);
                Speckle(pixels, random);
            }

            return PngEncoder.EncodeGray(pixels, width, height);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Reads a binary PGM (P5, maxval 255).</summary>
    internal static (byte[] Pixels, int Width, int Height) ReadPgm(byte[] data)
    {
        var position = 0;
        string Token()
        {
            while (position < data.Length && (char.IsWhiteSpace((char)data[position]) || data[position] == '#'))
            {
                if (data[position] == '#')
                {
                    while (position < data.Length && data[position] != '\n')
                    {
                        position++;
                    }
                }

                position++;
            }

            var start = position;
            while (position < data.Length && !char.IsWhiteSpace((char)data[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(data, start, position - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException("Sortie de pdftoppm inattendue (PGM P5 attendu).");
        }

        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        _ = Token();
        position++;
        return (data.AsSpan(position, width * height).ToArray(), width, height);
    }

    private static byte[] Rotate(byte[] source, int width, int height, double degrees)
    {
        var angle = degrees * Math.PI / 180;
        var cos = Math.Cos(angle);
        var sin = Math.Sin(angle);
        var cx = width / 2.0;
        var cy = height / 2.0;
        var target = new byte[source.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sx = (cos * (x - cx)) + (sin * (y - cy)) + cx;
                var sy = (-sin * (x - cx)) + (cos * (y - cy)) + cy;
                var x0 = (int)Math.Floor(sx);
                var y0 = (int)Math.Floor(sy);
                if (x0 < 0 || y0 < 0 || x0 + 1 >= width || y0 + 1 >= height)
                {
                    target[(y * width) + x] = 255;
                    continue;
                }

                var fx = sx - x0;
                var fy = sy - y0;
                var top = (source[(y0 * width) + x0] * (1 - fx)) + (source[(y0 * width) + x0 + 1] * fx);
                var bottom = (source[((y0 + 1) * width) + x0] * (1 - fx)) + (source[((y0 + 1) * width) + x0 + 1] * fx);
                target[(y * width) + x] = (byte)Math.Clamp((top * (1 - fy)) + (bottom * fy), 0, 255);
            }
        }

        return target;
    }

    /// <summary>Sparse dark specks and a grey jitter on the ink, keeping the paper white (the PNG stays small).</summary>
    private static void Speckle(byte[] pixels, Random random)
    {
        var specks = pixels.Length / 2500;
        for (var i = 0; i < specks; i++)
        {
            pixels[random.Next(pixels.Length)] = (byte)random.Next(60, 180);
        }

        for (var i = 0; i < pixels.Length; i++)
        {
            if (pixels[i] < 200)
            {
                pixels[i] = (byte)Math.Clamp(pixels[i] + random.Next(-25, 40), 0, 255);
            }
        }
    }

    private static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
