namespace Vigie.Documents.Inputs;

/// <summary>What one top-level ZIP archive (nested archives included) has used of its limits.</summary>
internal sealed class ZipBudget
{
    public int Entries { get; set; }

    public long ExpandedBytes { get; set; }

    /// <summary>Set when a limit of the whole archive is reached: nothing more of it is read.</summary>
    public bool Exhausted { get; set; }
}
