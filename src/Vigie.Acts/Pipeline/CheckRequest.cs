namespace Vigie.Acts.Pipeline;

/// <summary>A run of <c>vigie check</c>: the inputs as the user gave them and the output folder.</summary>
public sealed record CheckRequest(IReadOnlyList<string> Inputs, string OutputDirectory);
