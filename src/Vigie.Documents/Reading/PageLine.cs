using Vigie.Documents.Model;

namespace Vigie.Documents.Reading;

/// <summary>One non-empty line of a page's text and the zone of the page it sits in.</summary>
internal readonly record struct PageLine(TextSpan Span, LineZone Zone);
