using System.IO.Compression;
using System.Text;
using Vigie.Documents.Inputs;
using Vigie.Documents.Model;
using Vigie.Documents.Tests.Support;
using Vigie.Tests.Shared;

namespace Vigie.Documents.Tests;

public sealed class InputCollectorTests
{
    [Fact]
    public void Collect_Folder_WalksRecursivelyInOrdinalOrderKeepingTheUserPrefix()
    {
        var root = TestPaths.NewTempDirectory();
        var lot = Path.Combine(root, "lot");
        Write(Path.Combine(lot, "b.txt"), "deux");
        Write(Path.Combine(lot, "A.txt"), "un");
        Write(Path.Combine(lot, "a", "b.pdf"), "%PDF-1.7 faux");
        Write(Path.Combine(lot, "a", "c", "d.txt"), "quatre");

        var items = Collect([lot + "/"]);

        Assert.Equal([$"{lot}/A.txt", $"{lot}/b.txt", $"{lot}/a/b.pdf", $"{lot}/a/c/d.txt"], items.Select(i => i.Source));
        Assert.All(items, i => Assert.NotNull(i.Input));
        Assert.Equal("quatre", Encoding.UTF8.GetString(items[^1].Input!.Content));
        Assert.Equal(ContentHash.Sha256Hex("un"u8), items[0].Sha256);
    }

    [Fact]
    public void Collect_MissingPath_RefusedAsFichierIntrouvableAndBatchGoesOn()
    {
        var root = TestPaths.NewTempDirectory();
        var present = Path.Combine(root, "present.txt");
        Write(present, "texte");

        var items = Collect([Path.Combine(root, "absent.pdf"), present]);

        Assert.Equal(2, items.Count);
        Assert.Equal(DocumentErrorCodes.FichierIntrouvable, items[0].Error?.Code);
        Assert.Contains("introuvable", items[0].Error!.Message, StringComparison.Ordinal);
        Assert.NotNull(items[1].Input);
    }

    [Fact]
    public void Collect_EmptyAndOversizedFiles_RefusedBeforeLoading()
    {
        var root = TestPaths.NewTempDirectory();
        Write(Path.Combine(root, "vide.pdf"), string.Empty);
        Write(Path.Combine(root, "gros.txt"), new string('x', 2000));
        Write(Path.Combine(root, "petit.txt"), "ok");

        var items = Collect([root], o => o.MaxFileBytes = 1000);

        Assert.Equal(DocumentErrorCodes.TropVolumineux, Single(items, "gros.txt").Error?.Code);
        Assert.Contains("1000 octets", Single(items, "gros.txt").Error!.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentErrorCodes.FichierVide, Single(items, "vide.pdf").Error?.Code);
        Assert.NotNull(Single(items, "petit.txt").Input);
    }

    [Fact]
    public void Collect_ZipWithNestedZip_SourcesUseExclamationMarks()
    {
        var root = TestPaths.NewTempDirectory();
        var inner = TestZip.Create(("c.txt", TestZip.Text("imbriqué")));
        var zip = Path.Combine(root, "archive.zip");
        File.WriteAllBytes(zip, TestZip.Create(("inner/a.txt", TestZip.Text("premier")), ("b.zip", inner), ("dossier/", [])));

        var items = Collect([zip]);

        Assert.Equal([$"{zip}!b.zip!c.txt", $"{zip}!inner/a.txt"], items.Select(i => i.Source));
        Assert.Equal("imbriqué", Encoding.UTF8.GetString(items[0].Input!.Content));
        Assert.Equal("c.txt", items[0].Input!.FileName);
    }

    [Fact]
    public void Collect_ZipInsideFolder_SourceKeepsFolderPrefix()
    {
        var root = TestPaths.NewTempDirectory();
        Directory.CreateDirectory(Path.Combine(root, "lot"));
        File.WriteAllBytes(Path.Combine(root, "lot", "x.zip"), TestZip.Create(("c/d.txt", TestZip.Text("texte"))));

        var item = Assert.Single(Collect([Path.Combine(root, "lot")]));

        Assert.Equal($"{root}/lot/x.zip!c/d.txt", item.Source);
    }

    [Fact]
    public void Collect_PathTraversalEntries_RefusedWhileOtherEntriesAreRead()
    {
        var root = TestPaths.NewTempDirectory();
        var zip = Path.Combine(root, "piege.zip");
        File.WriteAllBytes(zip, TestZip.Create(
            ("../../etc/evil.txt", TestZip.Text("mal")),
            ("/abs/evil.txt", TestZip.Text("mal")),
            ("C:/Windows/evil.txt", TestZip.Text("mal")),
            ("sain/acte.txt", TestZip.Text("bien"))));

        var items = Collect([zip]);

        Assert.Equal(4, items.Count);
        var refused = items.Where(i => i.Error is not null).ToArray();
        Assert.Equal(3, refused.Length);
        Assert.All(refused, i => Assert.Equal(DocumentErrorCodes.ArchiveDangereuse, i.Error!.Code));
        Assert.All(refused, i => Assert.Null(i.Input));
        Assert.Equal($"{zip}!sain/acte.txt", Assert.Single(items, i => i.Input is not null).Source);
    }

    [Fact]
    public void Collect_ZipBomb_EntryRefusedAndRestOfArchiveRead()
    {
        var root = TestPaths.NewTempDirectory();
        var zip = Path.Combine(root, "bombe.zip");
        File.WriteAllBytes(zip, TestZip.Create(("a-bombe.txt", new byte[20 * 1024 * 1024]), ("b-acte.txt", TestZip.Text("un acte"))));

        var items = Collect([zip]);

        var bomb = Single(items, "a-bombe.txt");
        Assert.Equal(DocumentErrorCodes.ArchiveDangereuse, bomb.Error?.Code);
        Assert.Contains("bombe", bomb.Error!.Message, StringComparison.Ordinal);
        Assert.NotNull(Single(items, "b-acte.txt").Input);
    }

    [Fact]
    public void Collect_ZipExpandingPastTotalLimit_StopsWithArchiveDangereuse()
    {
        var root = TestPaths.NewTempDirectory();
        var zip = Path.Combine(root, "gros.zip");
        var random = new Random(7);
        byte[] Noise()
        {
            var bytes = new byte[600];
            random.NextBytes(bytes);
            return bytes;
        }

        File.WriteAllBytes(zip, TestZip.Create(("1.txt", Noise()), ("2.txt", Noise()), ("3.txt", Noise())));

        var items = Collect([zip], o => o.MaxZipExpandedBytes = 1000);

        Assert.NotNull(items[0].Input);
        Assert.Equal(DocumentErrorCodes.ArchiveDangereuse, items[1].Error?.Code);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void Collect_TooManyEntries_StopsWithArchiveDangereuse()
    {
        var root = TestPaths.NewTempDirectory();
        var zip = Path.Combine(root, "nombreux.zip");
        File.WriteAllBytes(zip, TestZip.Create(Enumerable.Range(1, 5).Select(i => ($"{i}.txt", TestZip.Text("x"))).ToArray()));

        var items = Collect([zip], o => o.MaxZipEntries = 3);

        Assert.Equal(4, items.Count);
        Assert.All(items.Take(3), i => Assert.NotNull(i.Input));
        Assert.Equal(DocumentErrorCodes.ArchiveDangereuse, items[3].Error?.Code);
        Assert.Contains("plus de 3 fichiers", items[3].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_NestingDeeperThanAllowed_InnerArchiveRefused()
    {
        var root = TestPaths.NewTempDirectory();
        var level2 = TestZip.Create(("fond.txt", TestZip.Text("profond")));
        var level1 = TestZip.Create(("n2.zip", level2));
        var zip = Path.Combine(root, "n0.zip");
        File.WriteAllBytes(zip, TestZip.Create(("n1.zip", level1)));

        var items = Collect([zip], o => o.MaxZipDepth = 1);

        var item = Assert.Single(items);
        Assert.Equal($"{zip}!n1.zip!n2.zip", item.Source);
        Assert.Equal(DocumentErrorCodes.ArchiveDangereuse, item.Error?.Code);
    }

    [Fact]
    public void Collect_CorruptZip_RefusedAsFichierCorrompu()
    {
        var root = TestPaths.NewTempDirectory();
        var zip = Path.Combine(root, "abime.zip");
        var bytes = TestZip.Create(("a.txt", TestZip.Text("texte")));
        File.WriteAllBytes(zip, bytes[..(bytes.Length - 30)]);

        var item = Assert.Single(Collect([zip]));

        Assert.Equal(DocumentErrorCodes.FichierCorrompu, item.Error?.Code);
        Assert.Equal(zip, item.Source);
    }

    [Fact]
    public void Collect_EncryptedEntry_RefusedAsArchiveChiffree()
    {
        var root = TestPaths.NewTempDirectory();
        var zip = Path.Combine(root, "chiffre.zip");
        File.WriteAllBytes(zip, TestZip.WithEncryptedFlag(TestZip.Create(("secret.txt", TestZip.Text("texte")))));

        var item = Assert.Single(Collect([zip]));

        Assert.Equal(DocumentErrorCodes.ArchiveChiffree, item.Error?.Code);
        Assert.Contains("mot de passe", item.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_EmptyEntryAndEmptyArchive_Reported()
    {
        var root = TestPaths.NewTempDirectory();
        var withEmpty = Path.Combine(root, "a.zip");
        File.WriteAllBytes(withEmpty, TestZip.Create(("vide.txt", [])));
        var empty = Path.Combine(root, "b.zip");
        File.WriteAllBytes(empty, TestZip.Create());

        var items = Collect([withEmpty, empty]);

        Assert.Equal(DocumentErrorCodes.FichierVide, items[0].Error?.Code);
        Assert.Equal(DocumentErrorCodes.FichierVide, items[1].Error?.Code);
        Assert.Contains("aucun fichier", items[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collect_IsLazy_LaterInputsAreVisitedOnlyWhenReached()
    {
        var root = TestPaths.NewTempDirectory();
        var first = Path.Combine(root, "premier");
        var later = Path.Combine(root, "suivant");
        Write(Path.Combine(first, "1.txt"), "un");
        var collector = new InputCollector(TestDocuments.Options());

        using var items = collector.Collect([first, later], TestContext.Current.CancellationToken).GetEnumerator();
        Assert.True(items.MoveNext());
        Assert.Equal($"{first}/1.txt", items.Current.Source);

        // Created after the walk started: an eager walk would already have reported it missing.
        Write(Path.Combine(later, "2.txt"), "deux");
        Assert.True(items.MoveNext());
        Assert.Equal($"{later}/2.txt", items.Current.Source);
        Assert.NotNull(items.Current.Input);
        Assert.False(items.MoveNext());
    }

    private static InputItem Single(IEnumerable<InputItem> items, string fileName) =>
        Assert.Single(items, i => i.Source.EndsWith(fileName, StringComparison.Ordinal));

    private static List<InputItem> Collect(IReadOnlyList<string> inputs, Action<DocumentsOptions>? configure = null) =>
        new InputCollector(TestDocuments.Options(configure)).Collect(inputs, TestContext.Current.CancellationToken).ToList();

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
