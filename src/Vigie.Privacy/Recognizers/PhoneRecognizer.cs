using System.Text.RegularExpressions;
using PhoneNumbers;
using Vigie.Privacy.Detection;

namespace Vigie.Privacy.Recognizers;

/// <summary>
/// Phone numbers: a fast pattern finds French ("06 12 34 56 78", "+33 6…", "0033…") and international candidates,
/// libphonenumber validates them. Numbers of an organisation's letterhead or switchboard are not a person's.
/// </summary>
public sealed partial class PhoneRecognizer : IPiiRecognizer
{
    private readonly PhoneNumberUtil _phoneNumbers = PhoneNumberUtil.GetInstance();

    public string Name => "telephone";

    public void Recognize(PiiAnalysisContext context, List<PiiSpan> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var text = context.Text;
        foreach (var match in PhonePattern().EnumerateMatches(text))
        {
            var candidate = text.Substring(match.Index, match.Length);
            var digits = DigitKey.Of(candidate);
            if (digits.Length < 9 || digits.Length > 15)
            {
                continue;
            }

            // Special-rate and free numbers (08…) are services' numbers, not persons'.
            if (digits.StartsWith("08", StringComparison.Ordinal) && candidate[0] == '0')
            {
                continue;
            }

            if (!IsValid(candidate))
            {
                continue;
            }

            if (OrganisationContext.IsOrganisation(text, match.Index, 4))
            {
                continue;
            }

            output.Add(new PiiSpan(match.Index, match.Index + match.Length, PiiType.Telephone, 0.95, NormalizedKey(candidate, digits)));
        }
    }

    private bool IsValid(string candidate)
    {
        try
        {
            var number = _phoneNumbers.Parse(candidate, "FR");
            return _phoneNumbers.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>"06 12 34 56 78", "+33 6 12 34 56 78" and "0033612345678" are the same number.</summary>
    private static string NormalizedKey(string candidate, string digits)
    {
        var trimmed = candidate.TrimStart();
        if (trimmed.StartsWith('+'))
        {
            return digits.StartsWith("330", StringComparison.Ordinal) ? "33" + digits[3..] : digits;
        }

        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return digits[2..];
        }

        return digits.StartsWith('0') ? "33" + digits[1..] : digits;
    }

    [GeneratedRegex(@"(?<![\w+/.,-])(?:(?:\+|00)\s?33\s?(?:\(0\)\s?)?[1-9](?:[\s.\-]?\d{2}){4}|0[1-9](?:[\s.\-]?\d{2}){4}|\+(?!33)\d{1,3}(?:[\s.\-]?\(?\d{1,4}\)?){2,6})(?![\w/-])", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
