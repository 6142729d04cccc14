namespace Vigie.Acts.Corpus.Generation;

/// <summary>Kind of employer, which decides who the autorité territoriale is.</summary>
public enum CollectiviteKind
{
    Commune,
    Epci,
    Ccas,
    Departement,
    Syndicat,
}
