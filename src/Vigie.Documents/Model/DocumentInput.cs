namespace Vigie.Documents.Model;

/// <summary>
/// One file to read, already loaded in memory (after the size checks of <see cref="Inputs.InputCollector"/>).
/// </summary>
/// <param name="Source">The path as the user gave it, relative to its INPUT; inside a ZIP: <c>archive.zip!inner/path.pdf</c>.</param>
/// <param name="Content">The raw bytes of the file.</param>
public sealed record DocumentInput(string Source, byte[] Content)
{
    /// <summary>Lower-case extension with its dot (".pdf"), or an empty string.</summary>
    public string Extension => Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>The last segment of <see cref="Source"/>, after any '!' or '/'.</summary>
    public string FileName
    {
        get
        {
            var inner = Source[(Source.LastIndexOf('!') + 1)..];
            return Path.GetFileName(inner.Replace('\\', '/'));
        }
    }
}
