using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigie.Privacy.Pseudonymization;
using Vigie.Privacy.Storage;

namespace Vigie.Privacy.Conversations;

/// <summary>
/// The conversation API the AI gateway calls around a language model: <see cref="PseudonymizeAsync"/> before sending
/// a message out, <see cref="RestoreAsync"/> on the answer. Placeholders are stable across the conversation's
/// messages; the mapping stays on this machine, encrypted (<see cref="IPseudonymMapStore"/>), and is never logged.
/// Calls on one conversation are serialised; different conversations run in parallel.
/// </summary>
public sealed partial class PrivacySession
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly IPseudonymMapStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<PrivacySession> _logger;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public PrivacySession(Pseudonymizer pseudonymizer, IPseudonymMapStore store, TimeProvider time, ILogger<PrivacySession>? logger = null)
    {
        _pseudonymizer = pseudonymizer ?? throw new ArgumentNullException(nameof(pseudonymizer));
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? NullLogger<PrivacySession>.Instance;
    }

    /// <summary>
    /// Pseudonymises a message of the conversation. The result's <see cref="PseudonymizationResult.Text"/> is what may
    /// leave the machine; <see cref="PseudonymizationResult.MaskedCategories"/> says which kinds of data were masked.
    /// </summary>
    public async Task<PseudonymizationResult> PseudonymizeAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        var gate = _gates.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var map = await _store.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false) ?? new PseudonymMap(_time.GetUtcNow());
            var result = _pseudonymizer.Pseudonymize(text, map);
            map.UpdatedAt = _time.GetUtcNow();
            await _store.SaveAsync(conversationId, map, cancellationToken).ConfigureAwait(false);
            LogPseudonymized(_logger, result.Entities.Count, string.Join(',', result.MaskedCategories.Select(c => c.ToCode())));
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Puts the originals back into a text written around the conversation's placeholders.</summary>
    public async Task<RestoreResult> RestoreAsync(string conversationId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        var gate = _gates.GetOrAdd(conversationId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var map = await _store.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (map is null)
            {
                var unknown = Restorer.Restore(text, new PseudonymMap(_time.GetUtcNow()));
                return unknown;
            }

            var result = Restorer.Restore(text, map);
            map.UpdatedAt = _time.GetUtcNow();
            await _store.SaveAsync(conversationId, map, cancellationToken).ConfigureAwait(false);
            LogRestored(_logger, result.RestoredCount, result.UnknownPlaceholders.Count);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets a conversation's mapping now (end of conversation, user's request).</summary>
    public Task<bool> ForgetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        _store.DeleteAsync(conversationId, cancellationToken);

    /// <summary>True when the conversation has a mapping (not expired).</summary>
    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default) =>
        await _store.LoadAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pseudonymisation : {Count} entité(s) masquée(s), catégories {Categories}.")]
    private static partial void LogPseudonymized(ILogger logger, int count, string categories);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Restauration : {Count} remplacement(s), {Unknown} marqueur(s) inconnu(s).")]
    private static partial void LogRestored(ILogger logger, int count, int unknown);
}
