using Vigie.Acts.Model;
using Vigie.Acts.Referentiels.Legal;
using Vigie.Acts.Rules.Scanning;

namespace Vigie.Acts.Rules.Contrats;

/// <summary>
/// The text a contract rule rests on at the act's date: the CGFP regulatory articles since 1 October 2025
/// (décret 2025-695), décret 88-145 before.
/// </summary>
internal static class ContractLegalBasis
{
    public static string At(AnalyzedAct act, ChangementsJuridiques changements, string current, string before) =>
        ActDates.Reference(act) is { } date && date < changements.DateOf(ChangementsJuridiques.Decret2025695)
            ? $"{before} (aujourd'hui {current})"
            : current;
}
