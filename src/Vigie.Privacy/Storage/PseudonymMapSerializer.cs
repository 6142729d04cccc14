using System.Text.Json;
using System.Text.Json.Serialization;
using Vigie.Privacy.Detection;
using Vigie.Privacy.Pseudonymization;

namespace Vigie.Privacy.Storage;

/// <summary>Turns a <see cref="PseudonymMap"/> into bytes and back (JSON, then encrypted by the store).</summary>
internal static class PseudonymMapSerializer
{
    public static byte[] Serialize(PseudonymMap map)
    {
        var data = new MapData
        {
            Version = 1,
            CreatedAt = map.CreatedAt,
            UpdatedAt = map.UpdatedAt,
            Entries = map.Entries.Select(e => new EntryData
            {
                Type = e.Placeholder.Type.ToCode(),
                Number = e.Placeholder.Number,
                Original = e.Original,
                Weight = e.OriginalWeight,
                Keys = [.. e.Keys],
                FirstNames = [.. e.FirstNames],
                Surnames = [.. e.Surnames],
                Gender = (int)e.Gender,
            }).ToList(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(data);
    }

    public static PseudonymMap Deserialize(ReadOnlySpan<byte> bytes)
    {
        var data = JsonSerializer.Deserialize<MapData>(bytes)
            ?? throw new InvalidDataException("Table de correspondance illisible.");
        var map = new PseudonymMap(data.CreatedAt) { UpdatedAt = data.UpdatedAt };
        foreach (var e in data.Entries)
        {
            if (!PiiTypeCodes.TryParse(e.Type, out var type))
            {
                continue;
            }

            var entry = new PseudonymEntry
            {
                Placeholder = new Placeholder(type.Value, e.Number),
                Original = e.Original,
                OriginalWeight = e.Weight,
                Gender = (PersonGender)e.Gender,
            };
            entry.Keys.UnionWith(e.Keys);
            entry.FirstNames.UnionWith(e.FirstNames);
            entry.Surnames.UnionWith(e.Surnames);
            map.Restore(entry);
        }

        return map;
    }

    private sealed class MapData
    {
        [JsonPropertyName("v")]
        public int Version { get; set; }

        [JsonPropertyName("created")]
        public DateTimeOffset CreatedAt { get; set; }

        [JsonPropertyName("updated")]
        public DateTimeOffset UpdatedAt { get; set; }

        [JsonPropertyName("entries")]
        public List<EntryData> Entries { get; set; } = [];
    }

    private sealed class EntryData
    {
        [JsonPropertyName("t")]
        public string Type { get; set; } = string.Empty;

        [JsonPropertyName("n")]
        public int Number { get; set; }

        [JsonPropertyName("o")]
        public string Original { get; set; } = string.Empty;

        [JsonPropertyName("w")]
        public int Weight { get; set; }

        [JsonPropertyName("k")]
        public List<string> Keys { get; set; } = [];

        [JsonPropertyName("f")]
        public List<string> FirstNames { get; set; } = [];

        [JsonPropertyName("s")]
        public List<string> Surnames { get; set; } = [];

        [JsonPropertyName("g")]
        public int Gender { get; set; }
    }
}
