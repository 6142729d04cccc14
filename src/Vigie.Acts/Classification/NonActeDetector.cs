using System.Text.RegularExpressions;
using Vigie.Acts.Extraction;

namespace Vigie.Acts.Classification;

/// <summary>
/// Recognises what is not an act: a blank or unreadable page, an invoice, a letter. An act with a decision
/// part ("ARRÊTE", articles) is never a letter, even when it starts with "Madame, Monsieur".
/// </summary>
public static partial class NonActeDetector
{
    private const int MinimumLetters = 25;

    /// <summary>The reason the text is not an act (French), or null when it may be one.</summary>
    public static string? Detect(ActText act, bool hasTypeClue)
    {
        ArgumentNullException.ThrowIfNull(act);
        var letters = 0;
        foreach (var c in act.Text)
        {
            if (char.IsAsciiLetterLower(c) && ++letters >= MinimumLetters)
            {
                break;
            }
        }

        if (letters < MinimumLetters)
        {
            return "Page blanche ou sans texte lisible : aucun acte à contrôler.";
        }

        var structured = act.Layout.HasActStructure;
        if (structured)
        {
            return null;
        }

        var invoiceSignals = Count(InvoiceSignal(), act.Text);
        if (invoiceSignals >= 2)
        {
            return "Document de type facture (montants, TVA, référence de paiement) : ce n'est pas un acte administratif.";
        }

        if (LetterSignal().IsMatch(act.Text))
        {
            return "Courrier (formule d'appel ou de politesse, sans dispositif « ARRÊTE » ni articles) : ce n'est pas un acte.";
        }

        if (!hasTypeClue && !ActVocabulary().IsMatch(act.Text))
        {
            return "Aucun élément d'un acte administratif (ni objet, ni visas, ni dispositif, ni articles).";
        }

        return null;
    }

    private static int Count(Regex regex, string text)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in regex.Matches(text))
        {
            distinct.Add(m.Value);
            if (distinct.Count >= 3)
            {
                break;
            }
        }

        return distinct.Count;
    }

    [GeneratedRegex(@"\bfacture\b|\bmontant (?:ht|ttc|total)|\btotal (?:ht|ttc)|\btva\b|\bnet a payer|\bprix unitaire|\bsiret\b|\biban\b|\bconditions de (?:paiement|reglement)|\breference client|\bbon de commande|\bdevis\b|\bremise\b|\bquantite\b", RegexOptions.CultureInvariant)]
    private static partial Regex InvoiceSignal();

    [GeneratedRegex(@"(?m)^[\t ]*(?:madame|monsieur|madame,? monsieur|cher|chere|mesdames)[^\n]{0,30},[\t ]*$|\bje vous prie d'agreer|\bveuillez agreer|\bsalutations distinguees|\bje vous informe\b|\bj'ai l'honneur\b|\bnous vous informons\b|\bje sollicite\b|\bcordialement\b|\bbien a vous\b|\bje soussignee?\b|\bvous trouverez ci-joint", RegexOptions.CultureInvariant)]
    private static partial Regex LetterSignal();

    [GeneratedRegex(@"(?m)^[\t ]*vu\b|\bconsiderant\b|\barrete\b|\bdecide\b|\bdeliberation\b|\bgrade\b|\bechelon\b|\bagent\b", RegexOptions.CultureInvariant)]
    private static partial Regex ActVocabulary();
}
