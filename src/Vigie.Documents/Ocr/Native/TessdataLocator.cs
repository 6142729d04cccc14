namespace Vigie.Documents.Ocr.Native;

/// <summary>Finds the folder holding Tesseract's language data (<c>fra.traineddata</c>…).</summary>
internal static class TessdataLocator
{
    /// <summary>Where distributions and Homebrew install the language data.</summary>
    public static readonly IReadOnlyList<string> SystemFolders =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/usr/local/share/tesseract-ocr/tessdata",
        "/opt/homebrew/share/tessdata",
    ];

    /// <summary>
    /// The first folder holding every language of <paramref name="languages"/>: the configured folder only when one
    /// is set, else TESSDATA_PREFIX (the folder itself or its tessdata/ child), else the system folders.
    /// </summary>
    public static TessdataLocation Locate(string? configuredFolder, string? tessdataPrefix, IReadOnlyList<string> languages)
    {
        var files = languages.Select(language => language + ".traineddata").ToArray();
        var candidates = Candidates(configuredFolder, tessdataPrefix).ToArray();
        foreach (var folder in candidates)
        {
            if (files.All(file => File.Exists(Path.Combine(folder, file))))
            {
                return new TessdataLocation(folder, null);
            }
        }

        var missing = string.Join(", ", files);
        var reason = string.IsNullOrWhiteSpace(configuredFolder)
            ? $"Les données de langue de Tesseract sont introuvables ({missing} absent de {string.Join(", ", candidates)}) : "
              + "installez le paquet tesseract-ocr-fra ou indiquez leur dossier dans le réglage Documents:OcrTessdataPath."
            : $"Les données de langue de Tesseract sont introuvables ({missing} absent de {configuredFolder}, "
              + "dossier du réglage Documents:OcrTessdataPath).";
        return new TessdataLocation(null, reason);
    }

    private static IEnumerable<string> Candidates(string? configuredFolder, string? tessdataPrefix)
    {
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            yield return configuredFolder;
            yield break;
        }

        if (!string.IsNullOrWhiteSpace(tessdataPrefix))
        {
            yield return tessdataPrefix;
            yield return Path.Combine(tessdataPrefix, "tessdata");
        }

        foreach (var folder in SystemFolders)
        {
            yield return folder;
        }
    }
}
