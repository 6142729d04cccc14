namespace Vigie.Privacy.Evaluation;

/// <summary>A missed gold entity (false negative) or a wrong prediction (false positive), to study the corpus.</summary>
public sealed record EvaluationError(string Document, bool Missed, PiiType Type, int Start, int End, string Text);
