using System.Globalization;

namespace Vigie.Bench.Ingestion;

/// <summary>
/// The generated PDFs of the ingestion benchmark: one folder per thousand files, a third of the acts on two
/// pages. A complete corpus left by an earlier run (--keep) is reused as it is.
/// </summary>
internal sealed record PdfCorpus(IReadOnlyList<string> Files, long Pages, long Bytes)
{
    private const string Marker = "corpus-complet.txt";

    public static PdfCorpus Prepare(string lot, int count, int workers, TextPdfWriter writer, CancellationToken cancellationToken)
    {
        var files = Enumerable.Range(0, count).Select(i => Path.Combine(
            lot,
            (i / 1000).ToString("000", CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"acte-{i:00000}.pdf"))).ToArray();
        var pages = files.Select((_, i) => IsTwoPages(i) ? 2L : 1L).Sum();
        var marker = Path.Combine(Path.GetDirectoryName(lot)!, Marker);
        if (!File.Exists(marker))
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
            {
                var act = new HrActTextGenerator(seed: i).NextAct(i + 1, IsTwoPages(i));
                Directory.CreateDirectory(Path.GetDirectoryName(files[i])!);
                File.WriteAllBytes(files[i], writer.Write(act));
            });
            File.WriteAllText(marker, count.ToString(CultureInfo.InvariantCulture));
        }

        var bytes = files.Sum(f => new FileInfo(f).Length);
        return new PdfCorpus(files, pages, bytes);
    }

    private static bool IsTwoPages(int index) => index % 3 == 0;
}
