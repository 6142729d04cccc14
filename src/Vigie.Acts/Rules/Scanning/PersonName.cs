namespace Vigie.Acts.Rules.Scanning;

/// <summary>A person's name as written: prénom (null when absent), whether the prénom is only an initial, and NOM.</summary>
internal sealed record PersonName(string? Prenom, bool PrenomIsInitial, string Nom, int Index, int Length)
{
    public bool HasFullPrenom => Prenom is not null && !PrenomIsInitial;
}
