using Vigie.Documents.Model;

namespace Vigie.Documents.Reading.Text;

/// <summary>
/// Reads plain text files (.txt) in UTF-8 or Windows-1252. A form feed (\f) starts a new page, as in text
/// exports of SIRH software; otherwise the file is one page.
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    private static readonly string[] Extensions = [".txt", ".text"];

    public string Format => "txt";

    public bool CanRead(DocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Extensions.Contains(input.Extension, StringComparer.Ordinal) && !ContentSignature.IsBinaryFormat(input.Content);
    }

    public DocumentContent Read(DocumentInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (text, _) = TextDecoder.Decode(input.Content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new DocumentReadException(
                DocumentErrorCodes.FormatNonSupporte,
                "Le fichier porte l'extension .txt mais contient des données binaires : ce n'est pas un fichier texte.");
        }

        if (string.IsNullOrWhiteSpace(text.Replace('\f', ' ')))
        {
            throw new DocumentReadException(DocumentErrorCodes.Illisible, "Le fichier texte ne contient aucun texte (seulement des espaces ou des sauts de ligne).");
        }

        var parts = text.Split('\f').ToList();
        while (parts.Count > 1 && string.IsNullOrWhiteSpace(parts[^1]))
        {
            // A form feed at the very end closes the last page; it does not open an empty one.
            parts.RemoveAt(parts.Count - 1);
        }

        var pages = parts.Select((pageText, index) => new DocumentPage(index + 1, pageText, TextOrigin.Native)).ToArray();
        return new DocumentContent(input.Source, ContentHash.Sha256Hex(input.Content), Format, pages);
    }
}
