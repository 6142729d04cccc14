using System.Text.RegularExpressions;
using Vigie.Acts.Model;

namespace Vigie.Acts.Extraction;

/// <summary>Reads the act's number in its header ("Arrêté n° 2026-045", "N° RH/2026/12", "Réf. : AR-26-103").</summary>
internal sealed partial class NumeroActeExtractor
{
    public void Extract(ExtractionContext context)
    {
        var act = context.Act;
        var text = act.Text;
        TextRange? range = null;
        if (act.KeyValues.TryGet(KeyValueKeys.Numero, out var kv) && Value().Match(text, kv.Start, kv.Length) is { Success: true } v)
        {
            range = new TextRange(v.Index, v.Index + v.Length);
        }
        else
        {
            var title = act.Layout.Title;
            var end = Math.Min(text.Length, Math.Max(title.End, Math.Min(text.Length, 600)));
            foreach (Match m in Numero().Matches(text[..end]))
            {
                if (OtherText().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index))))
                {
                    continue;
                }

                var g = m.Groups["v"];
                range = new TextRange(g.Index, g.Index + g.Length);
                break;
            }
        }

        if (range is { } r)
        {
            context.Fields.NumeroActe = act.Quote(r).TrimEnd('.', '-', '/');
            context.Cite(FieldNames.NumeroActe, r);
        }
    }

    [GeneratedRegex(@"(?:\bn[\t ]?°|\bn[\t ]?o\.?(?=[\t ]?\d)|\bnumero|\bref(?:erence)?\.?)[\t ]*:?[\t ]*(?<v>[a-z0-9][a-z0-9/_.\-]*[0-9][a-z0-9/_.\-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Numero();

    [GeneratedRegex(@"[a-z0-9][a-z0-9/_.\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Value();

    [GeneratedRegex(@"\b(?:loi|decret|ordonnance|deliberation|code|circulaire|siret|siren|telephone|tel)\b[^\n]{0,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherText();
}
