using System.Text;
using UglyToad.PdfPig.Content;
using Vigie.Documents.Model;

namespace Vigie.Documents.Reading.Pdf;

/// <summary>
/// Turns the letters of a PDF page into lines in reading order (top to bottom, left to right), with spaces
/// where the gaps between glyphs say so. Deliberately lean (no layout analysis): one pass to build runs in
/// content order, one sort of the runs, one pass to write the text.
/// </summary>
internal static class PdfPageTextBuilder
{
    // Gap between two glyphs, as a share of the font size, from which a space is written.
    private const double WordGapRatio = 0.15;

    // Two runs belong to one line when their baselines differ by less than this share of the font size
    // (superscripts such as "1er" or "2e" are raised by about a third).
    private const double SameLineRatio = 0.45;

    // Top and bottom margins, as a share of the page height, where running headers and footers sit.
    private const double TopMargin = 0.12;
    private const double BottomMargin = 0.10;

    public static PageLayout Build(IReadOnlyList<Letter> letters, double pageHeight)
    {
        if (letters.Count == 0)
        {
            return PageLayout.Empty;
        }

        var runs = BuildRuns(letters);
        runs.Sort(static (a, b) => b.Baseline.CompareTo(a.Baseline));
        var lines = GroupLines(runs);

        var text = new StringBuilder(letters.Count + (lines.Count * 2));
        var pageLines = new List<PageLine>(lines.Count);
        double? previousBaseline = null;
        foreach (var line in lines)
        {
            line.Runs.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            if (text.Length > 0)
            {
                text.Append('\n');

                // A wide vertical gap is a paragraph break: keep it as an empty line, as pdftotext does.
                if (previousBaseline - line.Baseline > 2.0 * line.Size)
                {
                    text.Append('\n');
                }
            }

            var start = text.Length;
            WriteLine(line, text);
            while (text.Length > start && text[^1] == ' ')
            {
                text.Length--;
            }

            if (text.Length > start)
            {
                pageLines.Add(new PageLine(new TextSpan(start, text.Length), ZoneOf(line.Baseline, pageHeight)));
            }

            previousBaseline = line.Baseline;
        }

        return new PageLayout(text.ToString(), pageLines);
    }

    private static LineZone ZoneOf(double baseline, double pageHeight)
    {
        if (pageHeight <= 0)
        {
            return LineZone.Body;
        }

        if (baseline > pageHeight * (1 - TopMargin))
        {
            return LineZone.Top;
        }

        return baseline < pageHeight * BottomMargin ? LineZone.Bottom : LineZone.Body;
    }

    /// <summary>Consecutive letters (content order) on one baseline, moving rightwards, form a run.</summary>
    private static List<Run> BuildRuns(IReadOnlyList<Letter> letters)
    {
        var runs = new List<Run>();
        Run? current = null;
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            var value = letter.Value;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var x = letter.StartBaseLine.X;
            var y = letter.StartBaseLine.Y;
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var end = letter.EndBaseLine.X;
            if (end < x)
            {
                end = x + Math.Abs(letter.Width);
            }

            if (current is not null
                && Math.Abs(y - current.Baseline) < 0.2 * size
                && x > current.Left - (0.5 * size)
                && x >= current.Right - size)
            {
                // The same glyph drawn twice at the same place is fake bold: keep one.
                if (current.LastValue == value && Math.Abs(x - current.LastLeft) < 0.1 * size)
                {
                    continue;
                }

                current.Add(value, x, end, size);
                continue;
            }

            current = new Run(y, size);
            current.Add(value, x, end, size);
            runs.Add(current);
        }

        return runs;
    }

    private static List<Line> GroupLines(List<Run> runsTopDown)
    {
        var lines = new List<Line>();
        Line? current = null;
        foreach (var run in runsTopDown)
        {
            if (current is not null && Math.Abs(current.Baseline - run.Baseline) < SameLineRatio * Math.Max(current.Size, run.Size))
            {
                current.Add(run);
                continue;
            }

            current = new Line(run);
            lines.Add(current);
        }

        return lines;
    }

    private static void WriteLine(Line line, StringBuilder text)
    {
        double? previousRight = null;
        foreach (var run in line.Runs)
        {
            for (var g = 0; g < run.Count; g++)
            {
                var glyph = run.Glyphs[g];
                if (previousRight is { } right && glyph.Left - right > WordGapRatio * glyph.Size && !EndsWithSpace(text) && !glyph.Value.StartsWith(' '))
                {
                    text.Append(' ');
                }

                if (glyph.Value == " " && EndsWithSpace(text))
                {
                    previousRight = glyph.Right;
                    continue;
                }

                text.Append(glyph.Value);
                previousRight = glyph.Right;
            }
        }
    }

    private static bool EndsWithSpace(StringBuilder text) => text.Length == 0 || text[^1] is ' ' or '\n';

    private readonly record struct Glyph(string Value, double Left, double Right, double Size);

    private sealed class Run(double baseline, double size)
    {
        public double Baseline { get; } = baseline;

        public double Size { get; private set; } = size;

        public double Left { get; private set; } = double.MaxValue;

        public double Right { get; private set; } = double.MinValue;

        public Glyph[] Glyphs { get; private set; } = new Glyph[16];

        public int Count { get; private set; }

        public string? LastValue => Count > 0 ? Glyphs[Count - 1].Value : null;

        public double LastLeft => Count > 0 ? Glyphs[Count - 1].Left : double.NaN;

        public void Add(string value, double left, double right, double size)
        {
            if (Count == Glyphs.Length)
            {
                var bigger = new Glyph[Glyphs.Length * 2];
                Array.Copy(Glyphs, bigger, Count);
                Glyphs = bigger;
            }

            Glyphs[Count++] = new Glyph(value, left, right, size);
            Left = Math.Min(Left, left);
            Right = Math.Max(Right, right);
            Size = Math.Max(Size, size);
        }
    }

    private sealed class Line
    {
        public Line(Run first)
        {
            Runs = [first];
            Baseline = first.Baseline;
            Size = first.Size;
        }

        public List<Run> Runs { get; }

        /// <summary>Baseline of the largest run: superscripts and small print do not move the line.</summary>
        public double Baseline { get; private set; }

        public double Size { get; private set; }

        public void Add(Run run)
        {
            Runs.Add(run);
            if (run.Size > Size)
            {
                Size = run.Size;
                Baseline = run.Baseline;
            }
        }
    }
}
