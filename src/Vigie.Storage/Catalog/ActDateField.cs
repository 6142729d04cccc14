namespace Vigie.Storage.Catalog;

/// <summary>Which date a date range of <see cref="ActQuery"/> applies to.</summary>
public enum ActDateField
{
    DateEffet,
    DateSignature,
}
