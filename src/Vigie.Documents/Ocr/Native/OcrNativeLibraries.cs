using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigie.Documents.Ocr.Native;

/// <summary>
/// Finds the system's Tesseract and Leptonica libraries. Distributions ship them under versioned names only
/// (Debian: libtesseract.so.5, liblept.so.5; the unversioned .so comes with the -dev packages), which the default
/// probing of [LibraryImport] does not try.
/// </summary>
internal static unsafe class OcrNativeLibraries
{
    // Names only this resolver knows, so the runtime never picks a different library by accident.
    public const string Tesseract = "vigie-tesseract";
    public const string Leptonica = "vigie-leptonica";

    private static readonly string[] TesseractNames =
    [
        "libtesseract.so.5", "libtesseract.so.4", "libtesseract.so",
        "libtesseract.5.dylib", "libtesseract.dylib",
        "tesseract55.dll", "tesseract54.dll", "tesseract53.dll", "tesseract50.dll", "libtesseract-5.dll",
    ];

    private static readonly string[] LeptonicaNames =
    [
        "liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so",
        "libleptonica.6.dylib", "liblept.5.dylib", "libleptonica.dylib",
        "leptonica-1.85.0.dll", "leptonica-1.84.1.dll", "leptonica-1.83.1.dll", "leptonica-1.82.0.dll", "libleptonica-6.dll",
    ];

    private static readonly string[] CNames = ["libc.so.6", "libc.dylib", "libSystem.dylib"];

    // One resolver per assembly is all the runtime allows, and the libraries load once per process: this is a
    // process-wide fact computed once, not state anything mutates afterwards.
    private static readonly Lazy<bool> Registration = new(RegisterResolver, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<LoadResult> TesseractLibrary = new(LoadTesseract, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Installs the resolver; called by the static constructors of the native method classes.</summary>
    public static void EnsureResolver() => _ = Registration.Value;

    /// <summary>Loads libtesseract (and with it Leptonica); the error says why not, in French.</summary>
    public static bool TryLoadTesseract(out string? error)
    {
        EnsureResolver();
        var result = TesseractLibrary.Value;
        error = result.Error;
        return result.Handle != IntPtr.Zero;
    }

    private static bool RegisterResolver()
    {
        NativeLibrary.SetDllImportResolver(typeof(OcrNativeLibraries).Assembly, Resolve);
        return true;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) => libraryName switch
    {
        Tesseract => TesseractLibrary.Value.Handle,
        Leptonica => ResolveLeptonica(),
        _ => IntPtr.Zero,
    };

    private static IntPtr ResolveLeptonica()
    {
        // Use the very Leptonica libtesseract was linked with (dlsym on its handle searches its dependencies):
        // a Pix made by one Leptonica and read by another would corrupt memory when two versions are installed.
        var tesseract = TesseractLibrary.Value.Handle;
        if (tesseract != IntPtr.Zero && NativeLibrary.TryGetExport(tesseract, "pixReadMem", out _))
        {
            return tesseract;
        }

        return TryLoadFirst(LeptonicaNames);
    }

    private static LoadResult LoadTesseract()
    {
        LimitOpenMpThreads();
        var handle = TryLoadFirst(TesseractNames);
        if (handle == IntPtr.Zero)
        {
            return new LoadResult(
                IntPtr.Zero,
                "La bibliothèque Tesseract (libtesseract) est introuvable : installez les paquets tesseract-ocr et "
                + "tesseract-ocr-fra pour lire les scans et les images.");
        }

        // Leptonica prints every decoding problem on stderr; Vigie reports them itself, in French. Called through
        // a function pointer: the [LibraryImport] route would re-enter this loader.
        if (NativeLibrary.TryGetExport(handle, "setMsgSeverity", out var setMsgSeverity))
        {
            _ = ((delegate* unmanaged[Cdecl]<int, int>)setMsgSeverity)(LeptonicaNative.SeverityNone);
        }

        // Messages Leptonica prints whatever the severity (and those of libtiff, which it routes to the same place).
        if (NativeLibrary.TryGetExport(handle, "leptSetStderrHandler", out var setStderrHandler))
        {
            ((delegate* unmanaged[Cdecl]<delegate* unmanaged[Cdecl]<byte*, void>, void>)setStderrHandler)(&IgnoreMessage);
        }

        return new LoadResult(handle, null);
    }

    /// <summary>
    /// Debian's Tesseract is built with OpenMP, which would start several threads per page. Vigie already runs one
    /// engine per core on different pages, so OpenMP threads only oversubscribe the cores (slower, more CPU).
    /// libgomp reads OMP_THREAD_LIMIT once, when it is loaded with libtesseract, and .NET does not copy its own
    /// environment changes to the C library: hence setenv, before the first load. A value set by the user wins.
    /// </summary>
    private static void LimitOpenMpThreads()
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()))
        {
            return;
        }

        var libc = TryLoadFirst(CNames);
        if (libc == IntPtr.Zero || !NativeLibrary.TryGetExport(libc, "setenv", out var setenv))
        {
            return;
        }

        var name = "OMP_THREAD_LIMIT\0"u8;
        var value = "1\0"u8;
        fixed (byte* namePointer = name)
        fixed (byte* valuePointer = value)
        {
            _ = ((delegate* unmanaged[Cdecl]<byte*, byte*, int, int>)setenv)(namePointer, valuePointer, 0);
        }
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void IgnoreMessage(byte* message)
    {
    }

    private static IntPtr TryLoadFirst(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (NativeLibrary.TryLoad(name, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }

    private sealed record LoadResult(IntPtr Handle, string? Error);
}
