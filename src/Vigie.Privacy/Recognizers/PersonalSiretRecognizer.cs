using System.Text.RegularExpressions;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// SIREN/SIRET of a natural person (entrepreneur individuel, micro-entrepreneur, profession libérale): personal
/// data, masked as <see cref="PiiType.Matricule"/>. A company's or a collectivité's SIREN/SIRET is never masked.
/// </summary>
public sealed partial class PersonalSiretRecognizer : IPiiRecognizer
{
    public string Name => "siret-personne";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        foreach (Match match in LabelledSiret().Matches(text))
        {
            var number = match.Groups["n"];
            var digits = DigitKey.Of(number.ValueSpan);
            if (digits.Length is not (9 or 14) || !Checksums.IsValidLuhn(digits.AsSpan(0, 9)))
            {
                continue;
            }

            var window = ContextWindow.LinesBefore(text, match.Index, 2);
            var after = ContextWindow.After(text, number.Index + number.Length, 80);
            var line = after[..(after.IndexOf('\n') is var nl and >= 0 ? nl : after.Length)];
            if (CompanyCue().IsMatch(window[Math.Max(0, window.Length - 160)..]) || CompanyCue().IsMatch(line))
            {
                continue;
            }

            if (!IndividualCue().IsMatch(window) && !IndividualCue().IsMatch(line) && !OrganisationContext.HasPersonCue(window))
            {
                continue;
            }

            output.Add(new PiiSpan(number.Index, number.Index + number.Length, PiiType.Matricule, 0.9, digits));
        }
    }

    [GeneratedRegex(@"\b(?:SIRE[NT]|n°\s*SIRE[NT])\b\s*(?:n°|:|\s)*\s*(?<n>\d{3}[ \u00A0]?\d{3}[ \u00A0]?\d{3}(?:[ \u00A0]?\d{5})?)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelledSiret();

    [GeneratedRegex(@"entrepreneur\s+individuel|entreprise\s+individuelle|auto-?entrepreneur|micro-?entrepreneur|micro-?entreprise|\bEIRL\b|\bEI\b|profession\s+lib[ée]rale|travailleur\s+ind[ée]pendant|artisan|exploitant\s+agricole|en\s+nom\s+propre", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndividualCue();

    [GeneratedRegex(@"\b(?:SARL|SASU?|SA|EURL|SCI|SNC|SCOP|GIE|soci[ée]t[ée]|association|commune|mairie|collectivit[ée]|[ée]tablissement\s+public|syndicat|communaut[ée]|d[ée]partement|r[ée]gion|centre\s+de\s+gestion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompanyCue();
}
