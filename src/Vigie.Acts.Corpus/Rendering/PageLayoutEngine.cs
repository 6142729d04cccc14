using System.Globalization;
using Vigie.Acts.Corpus.Generation;

namespace Vigie.Acts.Corpus.Rendering;

/// <summary>
/// Places the blocks of acts on A4 pages: word wrap by measured width, centered titles, signature block on the
/// right, small print at the bottom, running header and "Page n/N" footer when the style has one. Each act starts on
/// a new page so a bundle's page ranges are exact.
/// </summary>
public sealed class PageLayoutEngine(TextMeasurer measurer)
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    private const double Left = 64;
    private const double Right = 64;
    private const double Top = 62;
    private const double Bottom = 58;

    /// <summary>Lays out the acts; with <paramref name="compact"/> the type is smaller so that an act fits one page (scans).</summary>
    public PagedLayout Layout(IReadOnlyList<LaidOutAct> acts, bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(acts);
        var lines = new List<PlacedLine>();
        var actPages = new List<IReadOnlyList<int>>();
        var page = 0;
        var runningByPage = new Dictionary<int, string>();
        foreach (var act in acts)
        {
            var scale = compact ? 0.8 : 1.0;
            var attempt = Place(act, page + 1, scale);
            while (compact && attempt.LastPage > page + 1 && scale > 0.5)
            {
                scale -= 0.06;
                attempt = Place(act, page + 1, scale);
            }

            lines.AddRange(attempt.Lines);
            var first = page + 1;
            page = attempt.LastPage;
            actPages.Add(Enumerable.Range(first, page - first + 1).ToArray());
            if (act.RunningHeader is not null)
            {
                for (var p = first; p <= page; p++)
                {
                    runningByPage[p] = act.RunningHeader;
                }
            }
        }

        foreach (var (p, header) in runningByPage)
        {
            lines.Add(new PlacedLine(p, Left, PageHeight - 34, header, 7.5, false));
            var pagesOfAct = actPages.First(a => a.Contains(p));
            var footer = string.Create(CultureInfo.InvariantCulture, $"Page {p - pagesOfAct[0] + 1}/{pagesOfAct.Count}");
            lines.Add(new PlacedLine(p, PageWidth - Right - measurer.Width(footer, 7.5, false), 30, footer, 7.5, false));
        }

        return new PagedLayout(page, lines, actPages);
    }

    private (List<PlacedLine> Lines, int LastPage) Place(LaidOutAct act, int firstPage, double scale)
    {
        var lines = new List<PlacedLine>();
        var page = firstPage;
        var y = PageHeight - Top;
        var width = PageWidth - Left - Right;

        void NewLineRoom(double height)
        {
            if (y - height < Bottom)
            {
                page++;
                y = PageHeight - Top;
            }
        }

        foreach (var block in act.Blocks)
        {
            var (size, bold) = block.Kind switch
            {
                BlockKind.Title => (12.0 * scale, true),
                BlockKind.Header => (9.5 * scale, block.Bold),
                BlockKind.Small => (8.0 * scale, false),
                _ => (10.0 * scale, block.Bold),
            };
            var leading = size * 1.32;
            switch (block.Kind)
            {
                case BlockKind.Spacer:
                    y -= 7 * scale;
                    break;
                case BlockKind.KeyValue:
                    NewLineRoom(leading);
                    y -= leading;
                    lines.Add(new PlacedLine(page, Left, y, block.Text + " :", size, true));
                    foreach (var part in Wrap(block.Value ?? string.Empty, size, false, width - 150))
                    {
                        lines.Add(new PlacedLine(page, Left + 150, y, part, size, false));
                        break;
                    }

                    break;
                case BlockKind.Title:
                case BlockKind.Centered:
                    foreach (var part in Wrap(block.Text, size, bold, width))
                    {
                        NewLineRoom(leading);
                        y -= leading;
                        lines.Add(new PlacedLine(page, Left + ((width - measurer.Width(part, size, bold)) / 2), y, part, size, bold));
                    }

                    y -= 2 * scale;
                    break;
                case BlockKind.Signature:
                    foreach (var part in Wrap(block.Text, size, bold, width * 0.48))
                    {
                        NewLineRoom(leading);
                        y -= leading;
                        lines.Add(new PlacedLine(page, Left + (width * 0.52), y, part, size, bold));
                    }

                    break;
                default:
                    foreach (var part in Wrap(block.Text, size, bold, width))
                    {
                        NewLineRoom(leading);
                        y -= leading;
                        lines.Add(new PlacedLine(page, Left, y, part, size, bold));
                    }

                    y -= (block.Kind == BlockKind.Header ? 0 : 3) * scale;
                    break;
            }
        }

        return (lines, page);
    }

    /// <summary>Greedy word wrap to <paramref name="width"/> points.</summary>
    public IEnumerable<string> Wrap(string text, double size, bool bold, double width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            yield break;
        }

        var words = text.Split(' ');
        var current = new System.Text.StringBuilder();
        foreach (var word in words)
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && measurer.Width(candidate, size, bold) > width)
            {
                yield return current.ToString();
                current.Clear();
                current.Append(word);
            }
            else
            {
                current.Clear();
                current.Append(candidate);
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
