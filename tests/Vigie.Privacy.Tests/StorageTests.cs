using System.Text;
using Microsoft.Extensions.Options;
using Vigie.Privacy;
using Vigie.Privacy.Conversations;
using Vigie.Privacy.Pseudonymization;
using Vigie.Privacy.Storage;
using Vigie.Tests.Shared;

namespace Vigie.Privacy.Tests;

public sealed class StorageTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static (PrivacySession Session, EncryptedPseudonymMapStore Store, ManualTimeProvider Clock, string Dir) NewSession(string? dir = null, string? key = null)
    {
        dir ??= TestPaths.NewTempDirectory();
        var options = Options.Create(new PrivacyOptions { Directory = dir, RetentionDays = 30 });
        var clock = new ManualTimeProvider(Start);
        var store = new EncryptedPseudonymMapStore(options, new PrivacyKeyProvider(dir, key), clock);
        return (new PrivacySession(new Pseudonymizer(Detect.Detector), store, clock), store, clock, dir);
    }

    [Fact]
    public async Task Session_AcrossMessages_SamePersonSamePlaceholder()
    {
        var (session, _, _, _) = NewSession();
        var first = await session.PseudonymizeAsync("conv-1", "Rédige un courrier pour Mme Claire DUPONT, agent d'accueil.", TestContext.Current.CancellationToken);
        var second = await session.PseudonymizeAsync("conv-1", "Ajoute que DUPONT reprend lundi.", TestContext.Current.CancellationToken);
        Assert.Contains("[PERSONNE_1]", first.Text, StringComparison.Ordinal);
        Assert.Equal("Ajoute que [PERSONNE_1] reprend lundi.", second.Text);
        var restored = await session.RestoreAsync("conv-1", "Madame [PERSONNE_1], bienvenue.", TestContext.Current.CancellationToken);
        Assert.Equal("Madame Claire DUPONT, bienvenue.", restored.Text);
    }

    [Fact]
    public async Task Store_FileOnDisk_DoesNotContainOriginals()
    {
        var (session, store, _, _) = NewSession();
        await session.PseudonymizeAsync("conv-2", "Mme Claire DUPONT, claire.dupont@gmail.com, IBAN FR76 3000 4008 2300 0101 3978 567", TestContext.Current.CancellationToken);
        var bytes = await File.ReadAllBytesAsync(store.PathOf("conv-2"), TestContext.Current.CancellationToken);
        var asText = Encoding.UTF8.GetString(bytes) + Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("DUPONT", asText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("claire", asText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("3000", asText, StringComparison.Ordinal);
        Assert.DoesNotContain("conv-2", Path.GetFileName(store.PathOf("conv-2")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Store_KeyFile_CreatedOwnerOnly()
    {
        var (session, _, _, dir) = NewSession();
        await session.PseudonymizeAsync("conv-3", "M. Jean MOREAU", TestContext.Current.CancellationToken);
        var keyFile = Path.Combine(dir, PrivacyKeyProvider.KeyFileName);
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public async Task Store_OtherKey_CannotDecrypt()
    {
        var dir = TestPaths.NewTempDirectory();
        var (session, _, _, _) = NewSession(dir, Convert.ToBase64String(new byte[32]));
        await session.PseudonymizeAsync("conv-4", "M. Jean MOREAU", TestContext.Current.CancellationToken);
        var otherKey = new byte[32];
        otherKey[0] = 1;
        var options = Options.Create(new PrivacyOptions { Directory = dir });
        var other = new EncryptedPseudonymMapStore(options, new PrivacyKeyProvider(dir, Convert.ToBase64String(otherKey)), new ManualTimeProvider(Start));
        // The file name is keyed too: another key does not even find the conversation.
        Assert.Null(await other.LoadAsync("conv-4", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Store_AfterRetention_PurgedOnOpen()
    {
        var (session, store, clock, dir) = NewSession();
        await session.PseudonymizeAsync("old", "M. Jean MOREAU", TestContext.Current.CancellationToken);
        clock.Now = Start.AddDays(20);
        await session.PseudonymizeAsync("recent", "Mme Karima HADDAD", TestContext.Current.CancellationToken);
        clock.Now = Start.AddDays(31);

        // A new store (a new run of the program) purges on first use.
        var reopened = new EncryptedPseudonymMapStore(
            Options.Create(new PrivacyOptions { Directory = dir, RetentionDays = 30 }), new PrivacyKeyProvider(dir, null), clock);
        Assert.Null(await reopened.LoadAsync("old", TestContext.Current.CancellationToken));
        Assert.False(File.Exists(store.PathOf("old")));
        Assert.NotNull(await reopened.LoadAsync("recent", TestContext.Current.CancellationToken));
    }

    [Fact]
    public void KeyProvider_BadEnvironmentKey_FrenchError()
    {
        var provider = new PrivacyKeyProvider(TestPaths.NewTempDirectory(), "pas-du-base64");
        var error = Assert.Throws<InvalidOperationException>(provider.GetKey);
        Assert.Contains("VIGIE_PRIVACY_KEY", error.Message, StringComparison.Ordinal);
    }
}
