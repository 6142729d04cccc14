namespace Vigie.Privacy.Evaluation;

/// <summary>A document of the evaluation corpus: its plain text and gold entities; <see cref="Group"/> is its sub-folder ("main", "generated").</summary>
public sealed record LabelledDocument(string Name, string Group, string Text, IReadOnlyList<LabelledEntity> Entities);
