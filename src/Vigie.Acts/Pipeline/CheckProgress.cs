namespace Vigie.Acts.Pipeline;

/// <summary>Where a running batch stands, for progress bars.</summary>
public sealed record CheckProgress(int Documents, int Acts, int Reused, string? LastSource);
