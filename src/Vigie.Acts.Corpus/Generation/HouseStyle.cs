namespace Vigie.Acts.Corpus.Generation;

/// <summary>The house styles the generator writes acts in (labels: <see cref="HouseStyleCodes"/>).</summary>
public enum HouseStyle
{
    /// <summary>Small commune, classic arrêté: "Le Maire de …, Vu …, ARRÊTE, Article 1er".</summary>
    CommuneClassique,

    /// <summary>Large city: services header, reference numbers, "Pour le Maire et par délégation".</summary>
    GrandeVilleDelegation,

    /// <summary>EPCI, CCAS, syndicat or département: "Le Président de …".</summary>
    EtablissementPresident,

    /// <summary>SIRH export: a key–value block (agent, grade, indices, dates) then short articles.</summary>
    SirhExport,

    /// <summary>Compact "Objet / Visas / Art. 1 –" layout with a bulleted visa list.</summary>
    CompactArticles,
}
