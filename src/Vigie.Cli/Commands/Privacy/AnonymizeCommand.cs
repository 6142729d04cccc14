using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Vigie.Cli.Infrastructure;
using Vigie.Documents.Model;
using Vigie.Privacy.Conversations;
using Vigie.Privacy.Pseudonymization;

namespace Vigie.Cli.Commands.Privacy;

/// <summary>
/// <c>vigie anonymize</c>: prints the pseudonymised text (or the JSON of the contract) and keeps the mapping,
/// encrypted, under the data folder; <c>--restore ID</c> puts the originals back into a text.
/// </summary>
public sealed class AnonymizeCommand(DocumentTextLoader loader, PrivacySession session, TimeProvider time, IAnsiConsole console)
    : AsyncCommand<AnonymizeSettings>
{
    /// <summary>Where standard input is read from (tests replace it).</summary>
    internal TextReader StandardInput { get; init; } = Console.In;

    /// <summary>Where notes for the user go, apart from the result on standard output.</summary>
    internal TextWriter Notes { get; init; } = Console.Error;

    public override async Task<int> ExecuteAsync(CommandContext context, AnonymizeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string text;
        try
        {
            var input = string.IsNullOrWhiteSpace(settings.Input) ? "-" : settings.Input;
            text = await loader.LoadAsync(input, StandardInput, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DocumentReadException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]Document illisible :[/] {e.Message}");
            return ExitCodes.Failure;
        }

        try
        {
            return settings.Restore is not null
                ? await RestoreAsync(settings, text, cancellationToken).ConfigureAwait(false)
                : await PseudonymizeAsync(settings, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]Table de correspondance :[/] {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private async Task<int> PseudonymizeAsync(AnonymizeSettings settings, string text, CancellationToken cancellationToken)
    {
        var mapping = settings.Conversation ?? NewMappingId();
        var result = await session.PseudonymizeAsync(mapping, text, cancellationToken).ConfigureAwait(false);
        Write(settings.Json ? PiiJsonWriter.Write(result) : result.Text);
        await Notes.WriteLineAsync(
            $"{result.Entities.Count} donnée(s) personnelle(s) masquée(s). Table de correspondance chiffrée : {mapping} "
            + $"(restaurer : vigie anonymize FICHIER --restore {mapping}).").ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private async Task<int> RestoreAsync(AnonymizeSettings settings, string text, CancellationToken cancellationToken)
    {
        var mapping = settings.Restore!;
        if (!await session.ExistsAsync(mapping, cancellationToken).ConfigureAwait(false))
        {
            console.MarkupLineInterpolated($"[red]Table de correspondance inconnue ou expirée :[/] {mapping}");
            return ExitCodes.Failure;
        }

        var result = await session.RestoreAsync(mapping, text, cancellationToken).ConfigureAwait(false);
        Write(settings.Json ? RestoreJson(result) : result.Text);
        if (result.UnknownPlaceholders.Count > 0)
        {
            await Notes.WriteLineAsync($"{result.UnknownPlaceholders.Count} marqueur(s) inconnu(s) de la table laissé(s) tel(s) quel(s).").ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Writes raw text: no markup, no wrapping at the console width.</summary>
    private void Write(string value)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(value);
        if (!value.EndsWith('\n'))
        {
            writer.Write('\n');
        }

        writer.Flush();
    }

    private string NewMappingId() =>
        "doc-" + time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-"
        + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3));

    private static string RestoreJson(RestoreResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", PiiJsonWriter.Schema);
            writer.WriteString("text", result.Text);
            writer.WriteNumber("restored", result.RestoredCount);
            writer.WriteStartArray("unknownPlaceholders");
            foreach (var unknown in result.UnknownPlaceholders)
            {
                writer.WriteStringValue(unknown);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
