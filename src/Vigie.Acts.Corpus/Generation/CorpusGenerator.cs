using System.Collections.Concurrent;
using System.Globalization;
using Vigie.Acts.Corpus.Labels;
using Vigie.Acts.Corpus.Referentiels;
using Vigie.Acts.Corpus.Rendering;

namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Writes a labelled corpus folder: acts of every type in every house style, in TXT, PDF (one act or a bundle),
/// DOCX, PNG scans and ZIP batches, non-acts and a corrupt file, plus <c>labels.jsonl</c>. Deterministic from the
/// seed: the same options give the same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    private readonly ActGenerator _acts;
    private readonly NonActWriter _nonActs;
    private readonly ScanRenderer _scans = new();
    private readonly TextActRenderer _text = new();
    private readonly DocxActRenderer _docx = new();
    private readonly FastPdfActRenderer _fastPdf = new();
    private readonly PdfPigActRenderer? _pdfPig;

    public CorpusGenerator(CorpusReferentiels referentiels)
    {
        ArgumentNullException.ThrowIfNull(referentiels);
        _acts = new ActGenerator(referentiels);
        _nonActs = new NonActWriter(referentiels);
        _pdfPig = PdfPigActRenderer.FontsAvailable() ? new PdfPigActRenderer() : null;
    }

    /// <summary>
    /// The fast path for big benchmarks: <paramref name="count"/> one-act text PDFs (standard fonts) in
    /// <c>DIR/pdf/</c>, every type and style, half of them with one anomaly, and their <c>labels.jsonl</c>.
    /// 40,000 acts take a few minutes on two cores.
    /// </summary>
    public static CorpusSummary GenerateTextPdfs(string directory, int count, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var referentiels = CorpusReferentiels.BuiltIn();
        var acts = new ActGenerator(referentiels);
        var renderer = new FastPdfActRenderer();
        var pdfDirectory = Path.Combine(directory, "pdf");
        Directory.CreateDirectory(pdfDirectory);
        var styles = HouseStyleCodes.All;
        var labels = new LabelDocument[count];
        var injected = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(SeedDerivation.Derive(seed, i));
            var style = styles[i % styles.Count];
            var type = ActGenerator.Types[i / styles.Count % ActGenerator.Types.Count];
            var act = acts.GenerateRandom(random, type, style, 0.5, i);
            var layout = renderer.Layout.Layout([act]);
            var name = $"acte-{i + 1:000000}.pdf";
            File.WriteAllBytes(Path.Combine(pdfDirectory, name), renderer.Render(layout));
            act.Label.Pages = [.. layout.ActPages[0]];
            act.Label.Format = CorpusOptions.Pdf;
            foreach (var code in act.Label.Anomalies)
            {
                injected.AddOrUpdate(code, 1, (_, n) => n + 1);
            }

            labels[i] = new LabelDocument { Source = "pdf/" + name, Format = CorpusOptions.Pdf, Acts = [act.Label] };
        });
        var labelsPath = Path.Combine(directory, LabelsFile.FileName);
        LabelsFile.Write(labelsPath, labels);
        return new CorpusSummary(directory, labelsPath, count, count, new Dictionary<string, int> { [CorpusOptions.Pdf] = count },
            injected.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(), []);
    }

    /// <summary>Writes the corpus into <paramref name="directory"/> (created if needed).</summary>
    public CorpusSummary Generate(string directory, CorpusOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(options);
        var problem = options.Validate();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var notes = new List<string>();
        var formats = options.Formats.Distinct(StringComparer.Ordinal).ToList();
        if (formats.Contains(CorpusOptions.Png) && !_scans.IsAvailable)
        {
            formats.Remove(CorpusOptions.Png);
            notes.Add("pdftoppm est introuvable (paquet poppler-utils) : aucun scan PNG n'a été généré.");
            if (formats.Count == 0)
            {
                formats.Add(CorpusOptions.Pdf);
            }
        }

        if (_pdfPig is null && options.TrueTypeShare > 0 && (formats.Contains(CorpusOptions.Pdf) || formats.Contains(CorpusOptions.Png)))
        {
            notes.Add("Polices DejaVu absentes : les PDF utilisent la police standard Helvetica.");
        }

        Directory.CreateDirectory(directory);
        var master = new Random(options.Seed);
        var plan = Plan(master, options, formats);
        var rendered = new RenderedDocument[plan.Count];
        Parallel.For(0, plan.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, i =>
        {
            rendered[i] = Render(plan[i], options.Seed, options.TrueTypeShare);
        });

        var labels = new List<LabelDocument>();
        var zips = new SortedDictionary<string, List<(string Name, byte[] Content)>>(StringComparer.Ordinal);
        foreach (var document in rendered)
        {
            if (document.ZipPath is null)
            {
                var path = Path.Combine(directory, document.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, document.Content);
            }
            else
            {
                if (!zips.TryGetValue(document.ZipPath, out var entries))
                {
                    zips[document.ZipPath] = entries = [];
                }

                entries.Add((document.Path, document.Content));
            }

            labels.Add(document.Label);
        }

        foreach (var (zipPath, entries) in zips)
        {
            var path = Path.Combine(directory, zipPath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, ZipTimestamps.Create(entries));
        }

        var labelsPath = Path.Combine(directory, LabelsFile.FileName);
        LabelsFile.Write(labelsPath, labels);
        var acts = labels.SelectMany(l => l.Acts).Where(a => a.Type != ActKindCodes.NonActe).ToList();
        return new CorpusSummary(
            directory,
            labelsPath,
            labels.Count,
            acts.Count,
            acts.GroupBy(a => a.Format, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            acts.SelectMany(a => a.Anomalies).GroupBy(c => c, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            notes);
    }

    private List<PlannedDocument> Plan(Random master, CorpusOptions options, List<string> formats)
    {
        var injected = new Dictionary<string, int>(StringComparer.Ordinal);
        var styles = options.Styles;
        var acts = new List<(LaidOutAct Act, string Format, int Index)>();
        for (var i = 0; i < options.Count; i++)
        {
            var style = styles[i % styles.Count];
            var type = ActGenerator.Types[i / styles.Count % ActGenerator.Types.Count];
            var act = _acts.GenerateRandom(new Random(SeedDerivation.Derive(options.Seed, i)), type, style, options.AnomalyRate, i, injected);
            acts.Add((act, PickFormat(master, formats), i));
        }

        var plan = new List<PlannedDocument>();
        string? zip = null;
        var zipCount = 0;
        var zipEntries = 0;
        for (var k = 0; k < acts.Count; k++)
        {
            var (act, format, index) = acts[k];
            var number = (index + 1).ToString("00000", CultureInfo.InvariantCulture);
            if (format == CorpusOptions.Pdf && options.Bundles && master.Chance(0.12)
                && k + 2 < acts.Count && acts[k + 1].Format == CorpusOptions.Pdf && acts[k + 2].Format == CorpusOptions.Pdf)
            {
                plan.Add(new PlannedDocument($"pdf/liasse-{number}.pdf", CorpusOptions.Pdf, [act, acts[k + 1].Act, acts[k + 2].Act], null, plan.Count));
                k += 2;
                continue;
            }

            string? zipPath = null;
            if (format != CorpusOptions.Png && options.Zips && master.Chance(0.06))
            {
                if (zip is null || zipEntries >= 5)
                {
                    zipCount++;
                    zipEntries = 0;
                    zip = $"zip/lot-{zipCount:000}.zip";
                }

                zipEntries++;
                zipPath = zip;
            }

            var folder = format == CorpusOptions.Png ? "png" : format;
            var stem = format == CorpusOptions.Png ? "scan" : "acte";
            var name = zipPath is null ? $"{folder}/{stem}-{number}.{format}" : $"{stem}-{number}.{format}";
            plan.Add(new PlannedDocument(name, format, [act], zipPath, plan.Count));
        }

        if (options.NonActs)
        {
            var nonActs = Math.Max(NonActWriter.Kinds.Count, options.Count / 25);
            var textFormats = formats.Where(f => f != CorpusOptions.Png).DefaultIfEmpty(CorpusOptions.Pdf).ToArray();
            for (var n = 0; n < nonActs; n++)
            {
                var kind = NonActWriter.Kinds[n % NonActWriter.Kinds.Count];
                var format = kind == "page_blanche" ? CorpusOptions.Pdf : master.Pick(textFormats);
                var act = _nonActs.Write(new Random(SeedDerivation.Derive(options.Seed, 5_000_000 + n)), kind);
                plan.Add(new PlannedDocument($"non-actes/{kind}-{n + 1:000}.{format}", format, [act], null, plan.Count) { NonAct = true });
            }

            plan.Add(new PlannedDocument("erreurs/fichier-corrompu.pdf", CorpusOptions.Pdf, [], null, plan.Count) { Corrupt = true });
        }

        return plan;
    }

    private static string PickFormat(Random master, List<string> formats)
    {
        (string Format, double Weight)[] weights = [(CorpusOptions.Pdf, 0.45), (CorpusOptions.Txt, 0.25), (CorpusOptions.Docx, 0.2), (CorpusOptions.Png, 0.1)];
        var available = weights.Where(w => formats.Contains(w.Format)).ToArray();
        var total = available.Sum(w => w.Weight);
        var draw = master.NextDouble() * total;
        foreach (var (format, weight) in available)
        {
            draw -= weight;
            if (draw < 0)
            {
                return format;
            }
        }

        return available[^1].Format;
    }

    private RenderedDocument Render(PlannedDocument document, int seed, double trueTypeShare)
    {
        var trueType = _pdfPig is not null && new Random(SeedDerivation.Derive(seed, 8_000_000 + document.Order)).Chance(trueTypeShare);
        var source = document.ZipPath is null ? document.Path : $"{document.ZipPath}!{document.Path}";
        var label = new LabelDocument { Source = source, Format = document.Format };
        if (document.Corrupt)
        {
            label.Kind = LabelDocument.KindErreur;
            label.ExpectedError = "FICHIER_CORROMPU";
            label.Note = "PDF tronqué : en-tête valide puis octets aléatoires.";
            var random = new Random(SeedDerivation.Derive(seed, 9_000_000));
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            "%PDF-1.7\n1 0 obj\n<< /Type /Catalog"u8.CopyTo(bytes);
            return new RenderedDocument(document.Path, document.ZipPath, bytes, label);
        }

        var acts = document.Acts;
        byte[] content;
        IReadOnlyList<IReadOnlyList<int>> pages;
        switch (document.Format)
        {
            case CorpusOptions.Txt:
                content = _text.RenderBytes(acts[0]);
                pages = [[1]];
                break;
            case CorpusOptions.Docx:
                content = ZipTimestamps.Normalize(_docx.Render(acts[0]));
                pages = [[1]];
                break;
            case CorpusOptions.Png:
                var scanLayout = PdfLayout(acts, compact: true, trueType);
                if (scanLayout.PageCount > 1)
                {
                    // Too long for one scanned page: keep it as a PDF so the label stays true.
                    return Render(document with { Format = CorpusOptions.Pdf, Path = Path.ChangeExtension(document.Path.Replace("png/scan-", "pdf/acte-", StringComparison.Ordinal), ".pdf") }, seed, trueTypeShare);
                }

                content = _scans.Render(RenderPdf(scanLayout, trueType), new Random(SeedDerivation.Derive(seed, 7_000_000 + document.Order)));
                pages = [[1]];
                foreach (var act in acts)
                {
                    act.Label.Degradation = ScanRenderer.Degradation;
                }

                break;
            default:
                var layout = PdfLayout(acts, compact: false, trueType);
                content = RenderPdf(layout, trueType);
                pages = layout.ActPages;
                break;
        }

        if (document.NonAct)
        {
            label.Kind = LabelDocument.KindNonActe;
            label.Note = acts[0].Label.Style;
            return new RenderedDocument(document.Path, document.ZipPath, content, label);
        }

        for (var i = 0; i < acts.Count; i++)
        {
            var act = acts[i].Label;
            act.Pages = [.. pages[i]];
            act.Format = document.Format;
            label.Acts.Add(act);
        }

        return new RenderedDocument(document.Path, document.ZipPath, content, label);
    }

    private PagedLayout PdfLayout(IReadOnlyList<LaidOutAct> acts, bool compact, bool trueType) =>
        (trueType ? _pdfPig!.Layout : _fastPdf.Layout).Layout(acts, compact);

    private byte[] RenderPdf(PagedLayout layout, bool trueType) => trueType ? _pdfPig!.Render(layout) : _fastPdf.Render(layout);

    private sealed record PlannedDocument(string Path, string Format, IReadOnlyList<LaidOutAct> Acts, string? ZipPath, int Order)
    {
        public bool NonAct { get; init; }

        public bool Corrupt { get; init; }
    }

    private sealed record RenderedDocument(string Path, string? ZipPath, byte[] Content, LabelDocument Label);
}
