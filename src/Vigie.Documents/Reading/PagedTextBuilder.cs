using System.Text;

namespace Vigie.Documents.Reading;

/// <summary>
/// Collects the paragraphs of a word-processing document into pages: one line per paragraph, a new page
/// at each page break. Consecutive empty paragraphs (used for spacing) become a single empty line.
/// </summary>
internal sealed class PagedTextBuilder
{
    private readonly List<string> _pages = [];
    private readonly StringBuilder _current = new();
    private bool _paragraphHasText;

    /// <summary>Starts a new line for a paragraph.</summary>
    public void StartParagraph()
    {
        if (_current.Length == 0)
        {
            _paragraphHasText = false;
            return;
        }

        // Keep at most one empty line in a row.
        if (!_paragraphHasText && _current.Length >= 1 && _current[^1] == '\n')
        {
            return;
        }

        _current.Append('\n');
        _paragraphHasText = false;
    }

    public void Append(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        _current.Append(text);
        _paragraphHasText = true;
    }

    public void Append(char c)
    {
        _current.Append(c);
        _paragraphHasText = true;
    }

    /// <summary>Ends the current page. A break on an empty page (a rendered break right after an explicit one) is ignored.</summary>
    public void BreakPage()
    {
        if (string.IsNullOrWhiteSpace(_current.ToString()))
        {
            _current.Clear();
            return;
        }

        _pages.Add(TrimPage(_current.ToString()));
        _current.Clear();
        _paragraphHasText = false;
    }

    /// <summary>The pages' texts; a document with no text gives one empty page.</summary>
    public IReadOnlyList<string> Finish()
    {
        if (!string.IsNullOrWhiteSpace(_current.ToString()) || _pages.Count == 0)
        {
            _pages.Add(TrimPage(_current.ToString()));
        }

        _current.Clear();
        return _pages;
    }

    private static string TrimPage(string page)
    {
        var lines = page.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd();
        }

        return string.Join('\n', lines).Trim('\n');
    }
}
