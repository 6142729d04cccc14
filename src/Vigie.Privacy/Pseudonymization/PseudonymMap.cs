using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Pseudonymization;

/// <summary>
/// The placeholder ↔ original mapping of one document or one conversation: the same entity (same number, same
/// email, the same person written "Claire DUPONT", "Mme Dupont" or "DUPONT") always gets the same placeholder.
/// Holds personal data: keep it in memory or encrypted (<see cref="Storage.EncryptedPseudonymMapStore"/>), never log it.
/// Not thread-safe; <see cref="Conversations.PrivacySession"/> serialises access per conversation.
/// </summary>
public sealed class PseudonymMap
{
    private readonly Dictionary<string, PseudonymEntry> _byPlaceholder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PseudonymEntry> _byKey = new(StringComparer.Ordinal);
    private readonly List<PseudonymEntry> _persons = [];
    private readonly Dictionary<PiiType, int> _counters = [];

    public PseudonymMap(DateTimeOffset createdAt)
    {
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Number of placeholders.</summary>
    public int Count => _byPlaceholder.Count;

    /// <summary>Persons of the map, so that the detector links their later bare mentions ("DUPONT").</summary>
    public IReadOnlyList<PersonName> KnownPersons
    {
        get
        {
            var result = new List<PersonName>(_persons.Count);
            foreach (var person in _persons)
            {
                result.Add(person.ToPersonName());
            }

            return result;
        }
    }

    /// <summary>Types present in the map.</summary>
    public IReadOnlyList<PiiType> Categories
    {
        get
        {
            var result = new List<PiiType>();
            foreach (var type in PiiTypeCodes.All)
            {
                if (_counters.ContainsKey(type))
                {
                    result.Add(type);
                }
            }

            return result;
        }
    }

    /// <summary>The placeholder of a detected span (created on first sight); <paramref name="original"/> is its text.</summary>
    public Placeholder Assign(PiiSpan span, string original)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(original);
        var entry = span.Type == PiiType.Personne && span.Person is not null
            ? AssignPerson(span.Person, original)
            : AssignByKey(span.Type, span.Key, original);
        return entry.Placeholder;
    }

    /// <summary>The original behind a placeholder, or false when the map does not know it.</summary>
    public bool TryGetOriginal(Placeholder placeholder, out string original)
    {
        if (_byPlaceholder.TryGetValue(placeholder.ToString(), out var entry))
        {
            original = entry.Original;
            return true;
        }

        original = string.Empty;
        return false;
    }

    internal IEnumerable<PseudonymEntry> Entries => _byPlaceholder.Values;

    internal void Restore(PseudonymEntry entry)
    {
        _byPlaceholder[entry.Placeholder.ToString()] = entry;
        foreach (var key in entry.Keys)
        {
            _byKey[key] = entry;
        }

        if (entry.Placeholder.Type == PiiType.Personne && (entry.Surnames.Count > 0 || entry.FirstNames.Count > 0))
        {
            _persons.Add(entry);
        }

        _counters[entry.Placeholder.Type] = Math.Max(_counters.GetValueOrDefault(entry.Placeholder.Type), entry.Placeholder.Number);
    }

    private PseudonymEntry AssignByKey(PiiType type, string key, string original)
    {
        var fullKey = type.ToCode() + "|" + key;
        if (_byKey.TryGetValue(fullKey, out var existing))
        {
            return existing;
        }

        var entry = Create(type, original, 0);
        entry.Keys.Add(fullKey);
        _byKey[fullKey] = entry;
        return entry;
    }

    private PseudonymEntry AssignPerson(PersonName name, string original)
    {
        var weight = name.FirstNames.Count + name.Surnames.Count;
        PseudonymEntry? best = null;
        var bestScore = -1;
        foreach (var person in _persons)
        {
            if (!person.ToPersonName().IsCompatibleWith(name))
            {
                continue;
            }

            // Prefer the candidate sharing most parts and the same gender (two DUPONT in one act).
            var score = Shared(person.FirstNames, name.FirstNames) * 2 + Shared(person.Surnames, name.Surnames)
                + (person.Gender != PersonGender.Unknown && person.Gender == name.Gender ? 1 : 0);
            if (score > bestScore)
            {
                best = person;
                bestScore = score;
            }
        }

        if (best is null)
        {
            best = Create(PiiType.Personne, original, weight);
            _persons.Add(best);
        }
        else if (weight > best.OriginalWeight)
        {
            best.Original = original;
            best.OriginalWeight = weight;
        }

        foreach (var first in name.FirstNames)
        {
            best.FirstNames.Add(first);
        }

        foreach (var surname in name.Surnames)
        {
            best.Surnames.Add(surname);
        }

        if (best.Gender == PersonGender.Unknown)
        {
            best.Gender = name.Gender;
        }

        return best;
    }

    private PseudonymEntry Create(PiiType type, string original, int weight)
    {
        var number = _counters.GetValueOrDefault(type) + 1;
        _counters[type] = number;
        var entry = new PseudonymEntry { Placeholder = new Placeholder(type, number), Original = original, OriginalWeight = weight };
        _byPlaceholder[entry.Placeholder.ToString()] = entry;
        return entry;
    }

    private static int Shared(HashSet<string> a, IReadOnlyList<string> b)
    {
        var count = 0;
        foreach (var x in b)
        {
            if (a.Contains(x))
            {
                count++;
            }
        }

        return count;
    }

    public override string ToString() => $"table de correspondance ({Count} entrée(s))";
}
