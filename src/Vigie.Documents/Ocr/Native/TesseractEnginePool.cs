using System.Collections.Concurrent;

namespace Vigie.Documents.Ocr.Native;

/// <summary>
/// Lends initialised Tesseract engines, one per concurrent caller and at most <c>maxEngines</c> at once (further
/// callers wait). Engines are created on demand and kept: loading a language costs far more than a page.
/// </summary>
internal sealed class TesseractEnginePool : IDisposable
{
    private readonly Func<TesseractEngine> _create;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private int _disposed;

    public TesseractEnginePool(Func<TesseractEngine> create, int maxEngines, TesseractEngine? first = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEngines, 1);
        _create = create;
        _slots = new SemaphoreSlim(maxEngines, maxEngines);
        if (first is not null)
        {
            _idle.Add(first);
        }
    }

    /// <summary>Engines created so far and not in use.</summary>
    public int IdleCount => _idle.Count;

    public T Run<T>(Func<TesseractEngine, T> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        _slots.Wait(cancellationToken);
        TesseractEngine? engine = null;
        try
        {
            if (!_idle.TryTake(out engine))
            {
                engine = _create();
            }

            return work(engine);
        }
        finally
        {
            if (engine is not null)
            {
                _idle.Add(engine);
                if (Volatile.Read(ref _disposed) != 0)
                {
                    DisposeIdleEngines();
                }
            }

            _slots.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Engines in use are disposed when their caller gives them back (see Run). The semaphore stays: a caller
        // still running releases it, and SemaphoreSlim holds no native resource unless its wait handle is used.
        DisposeIdleEngines();
    }

    private void DisposeIdleEngines()
    {
        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }
}
