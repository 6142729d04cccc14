using Vigie.Documents.Model;

namespace Vigie.Documents.Reading;

/// <summary>
/// Reads one format into the <see cref="DocumentContent"/> model. Readers are registered in
/// <see cref="DocumentsServiceCollectionExtensions.AddVigieDocuments"/> and chosen by <see cref="DocumentReader"/>.
/// </summary>
public interface IDocumentReader
{
    /// <summary>Format name reported in <see cref="DocumentContent.Format"/>.</summary>
    string Format { get; }

    /// <summary>True when this reader handles the input (by content signature first, extension second).</summary>
    bool CanRead(DocumentInput input);

    /// <summary>Reads the document; throws <see cref="DocumentReadException"/> with a French message on bad input.</summary>
    DocumentContent Read(DocumentInput input, CancellationToken cancellationToken);
}
