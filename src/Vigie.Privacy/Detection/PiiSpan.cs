using System.Globalization;

namespace Vigie.Privacy.Detection;

/// <summary>
/// A span found by a recogniser: UTF-16 offsets (end exclusive), type, score in [0, 1], and the key that says
/// which mentions are the same entity (digits of a number, lower-case email, folded name…).
/// </summary>
public sealed record PiiSpan(int Start, int End, PiiType Type, double Score, string Key)
{
    /// <summary>For <see cref="PiiType.Personne"/>: the name's parts, to link other mentions of the same person.</summary>
    public PersonName? Person { get; init; }

    public int Length => End - Start;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Type.ToCode()} [{Start}..{End}) score {Score:0.00}");
}
