using System.Xml.Linq;

namespace Vigie.Documents.Reading.Odt;

/// <summary>Which paragraph styles of an OpenDocument file break the page before or after the paragraph.</summary>
internal sealed class OdtPageBreakStyles
{
    private readonly Dictionary<string, (bool Before, bool After, string? Parent)> _styles = new(StringComparer.Ordinal);

    public void AddFrom(XDocument document)
    {
        foreach (var style in document.Descendants(OdtNames.Style + "style"))
        {
            if (style.Attribute(OdtNames.Style + "name")?.Value is not { } name)
            {
                continue;
            }

            var properties = style.Element(OdtNames.Style + "paragraph-properties");
            _styles[name] = (
                properties?.Attribute(OdtNames.Fo + "break-before")?.Value == "page",
                properties?.Attribute(OdtNames.Fo + "break-after")?.Value == "page",
                style.Attribute(OdtNames.Style + "parent-style-name")?.Value);
        }
    }

    public bool BreaksBefore(string? style) => Resolve(style, s => s.Before);

    public bool BreaksAfter(string? style) => Resolve(style, s => s.After);

    private bool Resolve(string? style, Func<(bool Before, bool After, string? Parent), bool> property)
    {
        // Styles inherit from their parent; the depth bound guards against a cycle in a damaged file.
        for (var depth = 0; style is not null && depth < 16; depth++)
        {
            if (!_styles.TryGetValue(style, out var found))
            {
                return false;
            }

            if (property(found))
            {
                return true;
            }

            style = found.Parent;
        }

        return false;
    }
}
