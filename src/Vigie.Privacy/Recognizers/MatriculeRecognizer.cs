using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Personal identifiers found by their label: agent number (matricule), passport, identity card, driving licence,
/// tax number, CAF number, RPPS/ADELI; and vehicle registration plates ("AB-123-CD").
/// </summary>
public sealed partial class MatriculeRecognizer : IPiiRecognizer
{
    public string Name => "matricule";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        foreach (Match match in LabelledIdentifier().Matches(text))
        {
            var id = match.Groups["id"];
            var value = id.ValueSpan.TrimEnd([' ', '-', '/', '.']);
            if (!ContainsDigit(value) || value.Length < 4)
            {
                continue;
            }

            output.Add(new PiiSpan(id.Index, id.Index + value.Length, PiiType.Matricule, 0.9, DigitKey.Of(value)));
        }

        foreach (var match in Plate().EnumerateMatches(text))
        {
            output.Add(new PiiSpan(match.Index, match.Index + match.Length, PiiType.Matricule, 0.85, DigitKey.Of(text.AsSpan(match.Index, match.Length))));
        }
    }

    private static bool ContainsDigit(ReadOnlySpan<char> value)
    {
        foreach (var ch in value)
        {
            if (char.IsAsciiDigit(ch))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?:\bmatricule(?:\s+(?:agent|CNRACL|IRCANTEC|interne))?|\bn°\s*(?:d'|de\s+l')?agent|\bnum[ée]ro\s+(?:d'|de\s+l')?agent|\bidentifiant\s+(?:agent|personnel|unique)|\bpasseport|\bcarte\s+(?:nationale\s+)?d'identit[ée]|\bCNI\b|\bpermis\s+de\s+conduire|\bnum[ée]ro\s+fiscal|\bn°\s*fiscal|\bSPI\b|\bnum[ée]ro\s+(?:d')?allocataire(?:\s+(?:CAF|MSA))?|\bn°\s*(?:d')?allocataire(?:\s+(?:CAF|MSA))?|\bn°\s*CAF\b|\bnum[ée]ro\s+CAF\b|\bRPPS\b|\bADELI\b|\bimmatricul[ée]e?\b|\bplaque\b|\bn°\s*(?:d')?adh[ée]rent|\bnum[ée]ro\s+d'adh[ée]rent|\btitre\s+de\s+s[ée]jour|\bidentifiant\s+France\s+Travail|\bidentifiant\s+p[ôo]le\s+emploi)[\s:]*(?:(?:n°|no|num[ée]ro|:)\s*)*(?:(?:est\s+(?:le\s+)?|:)\s*)?(?<id>(?-i:[A-Z0-9]+(?:[\-/.][A-Z0-9]+|[ ][0-9][A-Z0-9]*){0,4}))(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledIdentifier();

    [GeneratedRegex(@"(?<![\w-])[A-HJ-NP-TV-Z]{2}-\d{3}-[A-HJ-NP-TV-Z]{2}(?![\w-])", RegexOptions.CultureInvariant)]
    private static partial Regex Plate();
}
