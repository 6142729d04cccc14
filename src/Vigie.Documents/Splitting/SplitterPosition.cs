namespace Vigie.Documents.Splitting;

/// <summary>A place in a document: 1-based page and character offset in that page's text.</summary>
internal readonly record struct SplitterPosition(int Page, int Offset) : IComparable<SplitterPosition>
{
    public int CompareTo(SplitterPosition other) =>
        Page != other.Page ? Page.CompareTo(other.Page) : Offset.CompareTo(other.Offset);
}
