using System.Globalization;

namespace Vigie.Documents.Inputs;

/// <summary>Sizes written for people, in French ("12,5 Mo").</summary>
internal static class ByteSize
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string ToFrench(long bytes) => bytes switch
    {
        < 1024 => string.Create(French, $"{bytes} octets"),
        < 1024 * 1024 => string.Create(French, $"{bytes / 1024.0:0.#} Ko"),
        < 1024L * 1024 * 1024 => string.Create(French, $"{bytes / (1024.0 * 1024):0.#} Mo"),
        _ => string.Create(French, $"{bytes / (1024.0 * 1024 * 1024):0.#} Go"),
    };
}
