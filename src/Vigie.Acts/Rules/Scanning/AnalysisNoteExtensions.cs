using Vigie.Acts.Model;

namespace Vigie.Acts.Rules.Scanning;

/// <summary>Adds a note to <see cref="AnalyzedAct.AnalysisNotes"/> once (a check run twice must not repeat it).</summary>
internal static class AnalysisNoteExtensions
{
    public static void AddNote(this AnalyzedAct act, string note)
    {
        if (!act.AnalysisNotes.Contains(note, StringComparer.Ordinal))
        {
            act.AnalysisNotes.Add(note);
        }
    }
}
