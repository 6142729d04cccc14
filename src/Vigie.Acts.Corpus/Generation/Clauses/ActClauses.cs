namespace Vigie.Acts.Corpus.Generation.Clauses;

/// <summary>The type-specific part of an act: objet, visas, considérants, decision articles and their label fields.</summary>
public abstract class ActClauses
{
    public abstract void Write(WritingContext context);
}
