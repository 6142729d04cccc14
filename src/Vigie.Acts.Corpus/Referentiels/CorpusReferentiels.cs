namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>The reference data the generator draws on, loaded once and shared read-only.</summary>
public sealed record CorpusReferentiels(GradeCatalog Grades, DepartementCatalog Departements, CommuneCatalog Communes, NameCatalog Names)
{
    /// <summary>Built-in data only: no file access (tests, the 40k benchmark).</summary>
    public static CorpusReferentiels BuiltIn() => new(new GradeCatalog(), new DepartementCatalog(), CommuneCatalog.BuiltIn(), new NameCatalog());

    /// <summary>Real communes and EPCI from <paramref name="referentielsDirectory"/> (shared/data/referentiels) when present.</summary>
    public static CorpusReferentiels Load(string? referentielsDirectory)
    {
        var departements = new DepartementCatalog();
        return new(new GradeCatalog(), departements, CommuneCatalog.Load(referentielsDirectory, departements), new NameCatalog());
    }
}
