using System.Diagnostics;
using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Vigie.Bench.Ocr;

/// <summary>
/// The benchmark's page images: generated act pages typeset in a PDF (PdfPig, DejaVu Serif 11 pt on A4) then
/// rendered to grey PNG by pdftoppm at the chosen resolution, as a clean scanner would.
/// </summary>
internal sealed record OcrPageImages(IReadOnlyList<string> Files, IReadOnlyList<string> Texts)
{
    private const string DejaVuSerif = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    public static OcrPageImages Generate(string folder, int count, int dpi)
    {
        Directory.CreateDirectory(folder);
        var generator = new OcrPageTextGenerator(seed: 2024);
        var pages = Enumerable.Range(1, count).Select(generator.NextPage).ToList();

        var builder = new PdfDocumentBuilder();
        var font = File.Exists(DejaVuSerif)
            ? builder.AddTrueTypeFont(File.ReadAllBytes(DejaVuSerif))
            : builder.AddStandard14Font(Standard14Font.TimesRoman);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            var y = 780.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    page.AddText(line, 11, new PdfPoint(60, y), font);
                }

                y -= 17;
            }
        }

        var pdf = Path.Combine(folder, "pages.pdf");
        File.WriteAllBytes(pdf, builder.Build());
        Run("pdftoppm", ["-r", dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", pdf, Path.Combine(folder, "page")]);
        var files = Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).ToList();
        if (files.Count != count)
        {
            throw new InvalidOperationException($"pdftoppm a produit {files.Count} images au lieu de {count}.");
        }

        return new OcrPageImages(files, pages.Select(lines => string.Join('\n', lines)).ToList());
    }

    private static void Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} a échoué ({process.ExitCode}) : {errors}");
        }
    }
}
