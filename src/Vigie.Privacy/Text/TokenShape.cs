namespace Vigie.Privacy.Text;

/// <summary>Case shape of a word, the first clue of a proper noun.</summary>
public enum TokenShape : byte
{
    /// <summary>"agent", "de".</summary>
    Lower,

    /// <summary>"Dupont", "Jean-Pierre", "McDonald".</summary>
    Capitalized,

    /// <summary>Two or more letters, all upper case: "DUPONT", "CDG".</summary>
    Upper,

    /// <summary>One upper-case letter: "M", "J" (an initial when a dot follows).</summary>
    Initial,

    /// <summary>Anything else ("eBay", "iPhone").</summary>
    Mixed,
}
