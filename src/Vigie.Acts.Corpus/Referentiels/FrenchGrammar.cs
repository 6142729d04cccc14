namespace Vigie.Acts.Corpus.Referentiels;

/// <summary>Contractions French needs in front of a place name ("de" + "Le Havre" = "du Havre").</summary>
public static class FrenchGrammar
{
    /// <summary>"de Caen", "du Havre", "des Sables-d'Olonne", "de La Rochelle", "d'Avranches".</summary>
    public static string De(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.StartsWith("Le ", StringComparison.Ordinal))
        {
            return "du " + name[3..];
        }

        if (name.StartsWith("Les ", StringComparison.Ordinal))
        {
            return "des " + name[4..];
        }

        if (name.StartsWith("L'", StringComparison.Ordinal) || name.StartsWith("La ", StringComparison.Ordinal))
        {
            return "de " + name;
        }

        return StartsWithVowel(name) ? "d'" + name : "de " + name;
    }

    /// <summary>"à Caen", "au Havre", "aux Sables-d'Olonne".</summary>
    public static string A(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.StartsWith("Le ", StringComparison.Ordinal))
        {
            return "au " + name[3..];
        }

        return name.StartsWith("Les ", StringComparison.Ordinal) ? "aux " + name[4..] : "à " + name;
    }

    private static bool StartsWithVowel(string name) => "AEIOUYÉÈÊÂÎÔÛ".Contains(char.ToUpperInvariant(name[0]), StringComparison.Ordinal);
}
