using Vigie.Documents.Model;

namespace Vigie.Documents.Reading;

/// <summary>Reads any supported input with the first registered <see cref="IDocumentReader"/> that accepts it.</summary>
public sealed class DocumentReader(IEnumerable<IDocumentReader> readers)
{
    private readonly IDocumentReader[] _readers = readers.ToArray();

    /// <summary>Reads the input; throws <see cref="DocumentReadException"/> (French message) when it cannot.</summary>
    public DocumentContent Read(DocumentInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Content.Length == 0)
        {
            throw new DocumentReadException(DocumentErrorCodes.FichierVide, "Le fichier est vide (0 octet).");
        }

        var reader = _readers.FirstOrDefault(r => r.CanRead(input))
            ?? throw new DocumentReadException(
                DocumentErrorCodes.FormatNonSupporte,
                $"Format non pris en charge ({(input.Extension.Length > 0 ? input.Extension : "sans extension")}) : "
                + "Vigie lit les PDF, DOCX, ODT, TXT et les images PNG, JPEG et TIFF.");
        return reader.Read(input, cancellationToken);
    }
}
