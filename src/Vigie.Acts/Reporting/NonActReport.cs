namespace Vigie.Acts.Reporting;

/// <summary>Pages of a document that hold no act (a letter, an invoice, a blank page), and why.</summary>
public sealed record NonActReport(IReadOnlyList<int> Pages, string Reason);
