using Vigie.Storage.Originals;
using Vigie.Storage.Tests.Support;
using Vigie.Tests.Shared;

namespace Vigie.Storage.Tests.Originals;

public sealed class FileSystemOriginalStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_SameBytesTwice_StoresOneObjectUnderShardedName()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));
        var content = GedSamples.Bytes("%PDF-1.7 arrêté portant nomination stagiaire");
        var sha = GedSamples.Sha(content);

        var first = await store.SaveAsync(content, cancellationToken: Token);
        var second = await store.SaveAsync(content, sha, Token);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(sha, first.Sha256);
        var files = Directory.GetFiles(store.ObjectsDirectory, "*", SearchOption.AllDirectories);
        var file = Assert.Single(files);
        Assert.Equal(Path.Combine(store.ObjectsDirectory, sha[..2], sha[2..4], sha), file);
        Assert.Equal(content, await File.ReadAllBytesAsync(file, Token));
    }

    [Fact]
    public async Task SaveAsync_StreamOfKnownBytes_IsNoOpAndReturnsSameHash()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));
        var content = GedSamples.Bytes(new string('x', 200_000));
        var fromBytes = await store.SaveAsync(content, cancellationToken: Token);

        var fromStream = await store.SaveAsync(new MemoryStream(content), cancellationToken: Token);

        Assert.False(fromStream.Created);
        Assert.Equal(fromBytes.Sha256, fromStream.Sha256);
        Assert.Equal(content.Length, fromStream.SizeBytes);
        Assert.Single(Directory.GetFiles(store.ObjectsDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_StreamOfNewBytes_StoresAndOpensThem()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));
        var content = GedSamples.Bytes("contrat à durée déterminée, article L. 332-23 1°");

        var saved = await store.SaveAsync(new MemoryStream(content), cancellationToken: Token);

        Assert.True(saved.Created);
        Assert.True(store.Exists(saved.Sha256));
        await using var stream = store.Open(saved.Sha256);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Token);
        Assert.Equal(content, copy.ToArray());
        Assert.Empty(Directory.GetFiles(store.ObjectsDirectory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SaveAsync_BytesNotMatchingExpectedHash_RefusesAndStoresNothing()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));
        var expected = GedSamples.Sha(GedSamples.Bytes("version lue"));

        var error = await Assert.ThrowsAsync<GedStorageException>(() => store.SaveAsync(GedSamples.Bytes("version modifiée"), expected, Token));

        Assert.Contains("empreinte attendue", error.Message, StringComparison.Ordinal);
        Assert.False(store.Exists(expected));
        Assert.Empty(Directory.Exists(store.ObjectsDirectory) ? Directory.GetFiles(store.ObjectsDirectory, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task SaveAsync_StreamNotMatchingExpectedHash_RefusesAndLeavesNoTemporaryFile()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));
        var expected = GedSamples.Sha(GedSamples.Bytes("version lue"));

        await Assert.ThrowsAsync<GedStorageException>(() => store.SaveAsync(new MemoryStream(GedSamples.Bytes("autre")), expected, Token));

        Assert.Empty(Directory.GetFiles(store.ObjectsDirectory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Open_UnknownObject_ThrowsFrenchError()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));

        var error = Assert.Throws<GedStorageException>(() => store.Open(new string('a', 64)));

        Assert.Contains("absent de la GED", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    [InlineData("")]
    public void Exists_NotAHash_RejectsInsteadOfTouchingThePath(string value)
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));

        Assert.Throws<ArgumentException>(() => store.Exists(value));
    }

    [Fact]
    public async Task RemoveAbandonedTemporaryFiles_LeftoverOfKilledWrite_IsDeletedAndObjectsKept()
    {
        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));
        var saved = await store.SaveAsync(GedSamples.Bytes("acte"), cancellationToken: Token);
        var folder = Path.GetDirectoryName(store.GetObjectPath(saved.Sha256))!;
        var leftover = Path.Combine(folder, $".{saved.Sha256}.0123.tmp");
        await File.WriteAllTextAsync(leftover, "moitié d'un fichier", Token);

        var removed = store.RemoveAbandonedTemporaryFiles(TimeSpan.Zero);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(leftover));
        Assert.True(store.Exists(saved.Sha256));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task SaveAsync_OnUnix_CreatesFilesReadableByOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Droits Unix uniquement.");
        }

        var store = new FileSystemOriginalStore(Path.Combine(TestPaths.NewTempDirectory(), "objects"));

        var saved = await store.SaveAsync(GedSamples.Bytes("données personnelles"), cancellationToken: Token);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.GetObjectPath(saved.Sha256)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(store.ObjectsDirectory));
    }
}
