using Vigie.Privacy.Pseudonymization;

namespace Vigie.Privacy.Storage;

/// <summary>Keeps one <see cref="PseudonymMap"/> per conversation, encrypted at rest, for a limited time.</summary>
public interface IPseudonymMapStore
{
    /// <summary>The conversation's map, or null when unknown or expired.</summary>
    Task<PseudonymMap?> LoadAsync(string conversationId, CancellationToken cancellationToken = default);

    Task SaveAsync(string conversationId, PseudonymMap map, CancellationToken cancellationToken = default);

    /// <summary>Deletes the conversation's map; false when there was none.</summary>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Deletes maps unused for longer than the retention; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken = default);
}
