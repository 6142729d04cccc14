using System.Globalization;

namespace Vigie.Privacy;

/// <summary>
/// One masked entity of the contract's JSON: offsets in the input text (UTF-16, end exclusive), type, original
/// text, placeholder and score. <see cref="ToString"/> leaves the original out so that it never reaches a log.
/// </summary>
public sealed record PiiEntity(int Start, int End, PiiType Type, string Text, string Placeholder, double Score)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Type.ToCode()} {Placeholder} [{Start}..{End}) score {Score:0.00}");
}
