namespace Vigie.Acts.Model;

/// <summary>
/// What an anomaly or a field rests on: the page of the document and the words of the act, quoted as written.
/// <see cref="Start"/>/<see cref="End"/> are offsets in that page's text when known (for highlighting).
/// </summary>
public sealed record Evidence(int? Page, string Text, int? Start = null, int? End = null);
