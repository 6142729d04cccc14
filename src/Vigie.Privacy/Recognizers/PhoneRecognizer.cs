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

            if (IsOrganisationNumber(text, match.Index))
            {
                continue;
            }

            output.Add(new PiiSpan(match.Index, match.Index + match.Length, PiiType.Telephone, 0.95, NormalizedKey(candidate, digits)));
        }
    }

    /// <summary>
    /// A switchboard or letterhead number: an organisation named on the same line, or a short label line
    /// ("Tél. :", "Standard :") under an organisation's block. A number inside a sentence is a person's.
    /// </summary>
    private static bool IsOrganisationNumber(string text, int position)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, position - 1)) + 1;
        if (position == 0)
        {
            lineStart = 0;
        }

        var prefix = text.AsSpan(lineStart, position - lineStart);
        if (OrganisationContext.IsOrganisation(text, position, 0))
        {
            return true;
        }

        return IsPhoneLabel(prefix) && OrganisationContext.IsOrganisation(text, position, 4);
    }

    private static bool IsPhoneLabel(ReadOnlySpan<char> prefix)
    {
        var label = prefix.Trim().TrimEnd(':').TrimEnd().TrimEnd('.');
        return label.Length > 0 && label.Length <= 12 && PhoneLabel().IsMatch(label);
    }

    [GeneratedRegex(@"^(?:t[ée]l(?:[ée]phone)?|standard|accueil|fax|t)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhoneLabel();

    private bool IsValid(string candidate)
    {
        try
        {
            var number = _phoneNumbers.Parse(candidate.Replace("(0)", string.Empty, StringComparison.Ordinal), "FR");
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
