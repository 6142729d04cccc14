namespace Vigie.Acts.Referentiels.Durees;

/// <summary>The minimum de traitement (indice majoré) in force between two dates (décr. 85-1148 art. 8).</summary>
public sealed record MinimumTraitement(int IndiceMajore, int IndiceBrut, DateOnly ValidFrom, DateOnly? ValidTo, string Source)
{
    public bool InForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);
}
