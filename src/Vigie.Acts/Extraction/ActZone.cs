namespace Vigie.Acts.Extraction;

/// <summary>The part of an act a piece of text sits in; the decision part weighs more than the visas.</summary>
public enum ActZone
{
    /// <summary>Header, title and objet, up to the visas.</summary>
    Title,

    Visa,

    Considerant,

    /// <summary>The articles after "ARRÊTE" (or the clauses of a contract).</summary>
    Article,

    /// <summary>"Fait à …, le …", the signatory, notification and recours blocks.</summary>
    Signature,

    Other,
}
