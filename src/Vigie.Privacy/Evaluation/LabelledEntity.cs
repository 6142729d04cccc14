namespace Vigie.Privacy.Evaluation;

/// <summary>One gold entity of the evaluation corpus (offsets in the document's plain text).</summary>
public sealed record LabelledEntity(int Start, int End, PiiType Type)
{
    public int Length => End - Start;
}
