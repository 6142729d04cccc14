using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>The act being read, its type, and what the extractors have found so far (fields, evidence, notes).</summary>
public sealed class ExtractionContext
{
    public ExtractionContext(ActText act, ActType type)
    {
        ArgumentNullException.ThrowIfNull(act);
        Act = act;
        Type = type;
    }

    public ActText Act { get; }

    public ActType Type { get; }

    public ActFields Fields { get; } = new();

    public Dictionary<string, Evidence> Evidence { get; } = new(StringComparer.Ordinal);

    /// <summary>What could not be read with certainty (French, for the report).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Records where a field was read (a range of the normalised text).</summary>
    public void Cite(string field, TextRange range)
    {
        if (!range.IsEmpty)
        {
            Evidence[field] = Act.ToEvidence(range);
        }
    }

    /// <summary>Records where a field was read (a range of the original text).</summary>
    public void CiteOriginal(string field, int start, int end)
    {
        if (end > start)
        {
            Evidence[field] = Act.ToEvidenceOriginal(start, end);
        }
    }

    public void Note(string note)
    {
        if (!Notes.Contains(note, StringComparer.Ordinal))
        {
            Notes.Add(note);
        }
    }

    public bool IsContract => Type == ActType.Contrat;

    /// <summary>True for the acts that place the agent in a position for a period.</summary>
    public bool IsPosition => Type is ActType.Disponibilite or ActType.Detachement or ActType.TempsPartiel or ActType.CongeParental;
}
