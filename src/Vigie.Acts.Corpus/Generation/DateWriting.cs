namespace Vigie.Acts.Corpus.Generation;

/// <summary>How a date is written: "01/03/2025", "1er mars 2025" or "premier mars deux mille vingt-cinq".</summary>
public enum DateWriting
{
    Digits,
    MonthInLetters,
    AllInLetters,
}
