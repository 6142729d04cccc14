namespace Vigie.Acts.Rules.Scanning;

/// <summary>
/// The end of an act where it is signed: the "Fait à …, le …" line and the lines that follow, read for the date, the
/// signatory's qualité and name, and any delegation. Offsets are in the segment text.
/// </summary>
/// <param name="Start">Start of the region read (the "Fait à" line, or the last lines when there is none).</param>
/// <param name="End">End of the region read.</param>
/// <param name="FaitLine">The "Fait à" line, or null.</param>
/// <param name="Date">The date written on the "Fait à" line (or just under it), possibly impossible.</param>
/// <param name="Qualite">The qualité written ("Le Maire", "L'Adjoint délégué aux ressources humaines"), or null.</param>
/// <param name="IsAutorite">True for the maire or président, false for anyone else, null when no qualité.</param>
/// <param name="DelegationStated">"Pour le Maire et par délégation", "P/le Président", "par ordre", "empêché".</param>
/// <param name="ElectronicSignature">A mention of an electronic signature or "signé :".</param>
/// <param name="Names">Names written in the block (the agent's own name left out).</param>
internal sealed record SignatureBlock(
    int Start,
    int End,
    TextLine? FaitLine,
    DateMention? Date,
    string? Qualite,
    bool? IsAutorite,
    bool DelegationStated,
    bool ElectronicSignature,
    IReadOnlyList<PersonName> Names)
{
    public bool HasSignatory => Qualite is not null || Names.Count > 0 || ElectronicSignature;
}
