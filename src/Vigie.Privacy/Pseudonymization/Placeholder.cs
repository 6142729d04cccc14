using System.Globalization;

namespace Vigie.Privacy.Pseudonymization;

/// <summary>A typed, numbered placeholder: "[PERSONNE_1]", "[DATE_NAISSANCE_2]".</summary>
public readonly record struct Placeholder(PiiType Type, int Number)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Type.ToCode()}_{Number}]");
}
