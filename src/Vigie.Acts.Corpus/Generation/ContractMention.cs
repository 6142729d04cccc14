namespace Vigie.Acts.Corpus.Generation;

/// <summary>Mandatory mentions of a contract (CGFP R. 331-6 à R. 331-10) that an injected CONTRAT_MENTION removes.</summary>
public enum ContractMention
{
    None,
    LieuExercice,
    TempsTravail,
    Categorie,
    Remuneration,
}
