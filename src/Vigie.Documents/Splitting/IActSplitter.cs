using Vigie.Documents.Model;

namespace Vigie.Documents.Splitting;

/// <summary>Finds the boundaries of the acts a document holds (a bundle of scans, a SIRH export, a text file).</summary>
public interface IActSplitter
{
    /// <summary>The acts in document order; a document with one act gives one segment covering all its text.</summary>
    IReadOnlyList<ActSegment> Split(DocumentContent document);
}
