using Vigie.Documents.Model;

namespace Vigie.Documents.Inputs;

/// <summary>
/// One entry found while walking the inputs: either a file to read (<see cref="Input"/>) or a file that
/// was refused before reading (<see cref="Error"/>: too large, empty, dangerous ZIP entry, missing path…).
/// Never both; nothing found is ever dropped silently.
/// </summary>
public sealed record InputItem(string Source, DocumentInput? Input, DocumentError? Error, string? Sha256)
{
    public static InputItem Ok(DocumentInput input) => new(input.Source, input, null, ContentHash.Sha256Hex(input.Content));

    public static InputItem Refused(string source, DocumentError error, string? sha256 = null) => new(source, null, error, sha256);
}
