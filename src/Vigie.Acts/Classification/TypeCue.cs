using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Classification;

/// <summary>
/// One clue of an act type: a pattern of the normalised text (lower-case, no accents), the type it points to,
/// its weight, and a French label for the explanation.
/// </summary>
public sealed record TypeCue(ActType Type, double Weight, Regex Pattern, string Label);
