namespace Vigie.Acts.Corpus.Evaluation;

/// <summary>How many labelled acts of <see cref="Expected"/> type the report gave as <see cref="Predicted"/>.</summary>
/// <param name="Expected">Label type ("NON_ACTE" for a non-act; "(aucun)" for an act the report has and the label not).</param>
/// <param name="Predicted">Report type, or "(absent)" when the report has no matching act, "(erreur)" for a document in error.</param>
/// <param name="Count">Acts.</param>
public sealed record TypeConfusion(string Expected, string Predicted, int Count);
