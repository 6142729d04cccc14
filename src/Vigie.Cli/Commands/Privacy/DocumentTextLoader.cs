using System.Text;
using Vigie.Documents.Model;
using Vigie.Documents.Reading;

namespace Vigie.Cli.Commands.Privacy;

/// <summary>
/// Turns the input of <c>vigie anonymize</c> into text the way <c>check</c> reads documents: the
/// <see cref="DocumentReader"/>'s pages joined by a blank line ("\n\n"). Entity offsets refer to this text.
/// Standard input is read as UTF-8 text.
/// </summary>
public sealed class DocumentTextLoader(DocumentReader reader)
{
    /// <summary>Separator between two pages in the text whose offsets the JSON gives.</summary>
    public const string PageSeparator = "\n\n";

    public async Task<string> LoadAsync(string input, TextReader standardInput, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(standardInput);
        if (input == "-")
        {
            return await standardInput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!File.Exists(input))
        {
            throw new FileNotFoundException($"Fichier introuvable : {input}");
        }

        var bytes = await File.ReadAllBytesAsync(input, cancellationToken).ConfigureAwait(false);
        var content = reader.Read(new DocumentInput(input, bytes), cancellationToken);
        var text = new StringBuilder();
        foreach (var page in content.Pages)
        {
            if (text.Length > 0)
            {
                text.Append(PageSeparator);
            }

            text.Append(page.Text);
        }

        return text.ToString();
    }
}
