namespace Vigie.Storage.Catalog;

/// <summary>Sort key of an act listing; ties are always broken by act number.</summary>
public enum ActSort
{
    /// <summary>Act number, i.e. order of entry in the catalogue.</summary>
    Id,
    DateEffet,
    DateSignature,
    Agent,
    Collectivite,
    Type,
    Verdict,
}
