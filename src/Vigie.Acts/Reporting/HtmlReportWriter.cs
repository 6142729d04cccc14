using System.Globalization;
using System.Net;
using System.Text;
using Vigie.Acts.Model;

namespace Vigie.Acts.Reporting;

/// <summary>
/// report.html for a gestionnaire, in French: the batch summary first, then each document and act with its
/// verdict and, for each anomaly, the message, the quoted evidence and the legal basis. The acts are written to a
/// temporary file while the batch runs, and the summary is put in front at the end.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly Stream _output;
    private readonly string _bodyPath;
    private readonly StreamWriter _body;
    private ActsReportHeader? _header;

    public HtmlReportWriter(Stream output)
    {
        _output = output;
        _bodyPath = Path.Combine(Path.GetTempPath(), $"vigie-report-{Guid.NewGuid():N}.html.part");
        _body = new StreamWriter(new FileStream(_bodyPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 65536, FileOptions.DeleteOnClose), Encoding.UTF8);
    }

    public Task BeginAsync(ActsReportHeader header, CancellationToken cancellationToken)
    {
        _header = header;
        return Task.CompletedTask;
    }

    public async Task WriteAsync(DocumentReport document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        var state = document.Error is not null ? "erreur" : document.Acts.Count == 0 ? "vide" : "ok";
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"document {state}\"><h3>{E(document.Source)}</h3>");
        if (document.Error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"erreur\"><strong>Document non traité</strong> ({E(document.Error.Code)}) : {E(document.Error.Message)}</p>");
        }

        foreach (var warning in document.Warnings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(warning)}</p>");
        }

        foreach (var nonAct in document.NonActs)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(PagesLabel(nonAct.Pages))} : pas un acte, non contrôlé ({E(nonAct.Reason)}).</p>");
        }

        foreach (var act in document.Acts)
        {
            AppendAct(html, act);
        }

        html.Append("</section>\n");
        await _body.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }

    public async Task EndAsync(BatchSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await _body.FlushAsync(cancellationToken).ConfigureAwait(false);
        await using var writer = new StreamWriter(_output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteAsync(Head(summary)).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        _body.BaseStream.Position = 0;
        await _body.BaseStream.CopyToAsync(_output, cancellationToken).ConfigureAwait(false);
        await _output.WriteAsync("</main></body></html>\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _body.DisposeAsync().ConfigureAwait(false);
        await _output.DisposeAsync().ConfigureAwait(false);
        if (File.Exists(_bodyPath))
        {
            File.Delete(_bodyPath);
        }
    }

    private static void AppendAct(StringBuilder html, ActReport act)
    {
        var f = act.Fields;
        var verdictClass = BatchSummary.VerdictCode(act.Verdict);
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"acte {verdictClass}\"><h4><span class=\"verdict\">{E(VerdictLabel(act.Verdict))}</span> {E(TypeLabel(act.Type))} — {E(PagesLabel(act.Pages))}</h4>");
        html.Append("<dl class=\"champs\">");
        Field(html, "Collectivité", f.Collectivite is null ? null : f.Departement is null ? f.Collectivite : $"{f.Collectivite} ({f.Departement})");
        Field(html, "Agent", string.Join(' ', new[] { f.AgentCivilite, f.AgentPrenom, f.AgentNom }.Where(s => !string.IsNullOrEmpty(s))));
        Field(html, "Grade", f.Grade is null ? null : f.Echelon is null ? f.Grade : $"{f.Grade}, {f.Echelon.Value.ToString(CultureInfo.InvariantCulture)}e échelon");
        Field(html, "Indices", f.IndiceBrut is null && f.IndiceMajore is null ? null : $"IB {f.IndiceBrut?.ToString(CultureInfo.InvariantCulture) ?? "—"} / IM {f.IndiceMajore?.ToString(CultureInfo.InvariantCulture) ?? "—"}");
        Field(html, "Base légale", f.BaseLegale);
        Field(html, "Date d'effet", f.DateEffet?.ToString("d MMMM yyyy", French));
        Field(html, "Signé le", f.DateSignature?.ToString("d MMMM yyyy", French));
        Field(html, "Signataire", f.Signataire);
        Field(html, "Classement", act.Classement switch
        {
            "classe" => "classé dans la GED",
            "en_attente" => "en attente d'une décision",
            _ => act.Classement,
        });
        html.Append("</dl>");
        if (act.Anomalies.Count > 0)
        {
            html.Append("<ul class=\"anomalies\">");
            foreach (var anomaly in act.Anomalies)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"{E(anomaly.Severity.ToString().ToLowerInvariant())}\"><p><strong>{E(SeverityLabel(anomaly.Severity))}</strong> — {E(anomaly.Message)}</p>");
                if (anomaly.Evidence is { } evidence && !string.IsNullOrWhiteSpace(evidence.Text))
                {
                    var page = evidence.Page is { } p ? $"page {p.ToString(CultureInfo.InvariantCulture)}" : "texte";
                    html.Append(CultureInfo.InvariantCulture, $"<blockquote><cite>{E(page)}</cite> « {E(evidence.Text)} »</blockquote>");
                }

                html.Append(CultureInfo.InvariantCulture, $"<p class=\"base\">Fondement : {E(anomaly.LegalBasis)} <code>{E(anomaly.Code)}</code></p></li>");
            }

            html.Append("</ul>");
        }

        if (act.Notes.Count > 0)
        {
            html.Append("<ul class=\"notes\">");
            foreach (var note in act.Notes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(note)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</article>");
    }

    private static void Field(StringBuilder html, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt>{E(label)}</dt><dd>{E(value)}</dd>");
        }
    }

    private string Head(BatchSummary summary)
    {
        var generated = _header?.GeneratedAt.ToString("d MMMM yyyy 'à' HH:mm", French) ?? string.Empty;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>Vigie — rapport de contrôle des actes</title><style>");
        html.Append(Css);
        html.Append("</style></head><body><header><h1>Rapport de contrôle des actes</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p>Produit par Vigie le {E(generated)}{(_header?.BatchId is { } id ? $" — lot {E(id)}" : string.Empty)}. Contrôle automatique : chaque anomalie cite le texte de l'acte et sa base légale ; la décision reste à l'agent.</p></header><main>");
        html.Append("<section class=\"synthese\" aria-labelledby=\"synthese\"><h2 id=\"synthese\">Synthèse du lot</h2><table><caption>Documents et actes</caption><tbody>");
        Row(html, "Documents reçus", summary.Documents);
        Row(html, "Documents non traités (erreur)", summary.DocumentsInError);
        Row(html, "Actes contrôlés", summary.Acts);
        Row(html, "Conformes", summary.ByVerdict.GetValueOrDefault("conforme"));
        Row(html, "À corriger", summary.ByVerdict.GetValueOrDefault("a_corriger"));
        Row(html, "À vérifier", summary.ByVerdict.GetValueOrDefault("a_verifier"));
        Row(html, "Parties qui ne sont pas des actes", summary.NonActs);
        html.Append("</tbody></table>");
        if (summary.ByAnomaly.Count > 0)
        {
            html.Append("<table><caption>Anomalies (nombre d'actes concernés)</caption><thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Actes</th></tr></thead><tbody>");
            foreach (var (code, count) in summary.ByAnomaly.OrderByDescending(kv => kv.Value))
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{E(code)}</code></td><td>{count.ToString("N0", French)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        if (summary.ByError.Count > 0)
        {
            html.Append("<table><caption>Documents en erreur</caption><thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Documents</th></tr></thead><tbody>");
            foreach (var (code, count) in summary.ByError)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td><code>{E(code)}</code></td><td>{count.ToString("N0", French)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section><h2>Détail par document</h2>\n");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string label, int count) =>
        html.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{E(label)}</th><td>{count.ToString("N0", French)}</td></tr>");

    private static string PagesLabel(IReadOnlyList<int> pages) => pages.Count switch
    {
        0 => "sans page",
        1 => $"page {pages[0].ToString(CultureInfo.InvariantCulture)}",
        _ => $"pages {pages[0].ToString(CultureInfo.InvariantCulture)} à {pages[^1].ToString(CultureInfo.InvariantCulture)}",
    };

    private static string TypeLabel(string code) => ActTypeCodes.TryParse(code, out var type) ? type.ToLabel() : code;

    private static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Conforme => "Conforme",
        Verdict.ACorriger => "À corriger",
        _ => "À vérifier",
    };

    private static string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Bloquante => "Bloquante",
        Severity.Majeure => "Majeure",
        _ => "Mineure",
    };

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private const string Css = """
        body{font-family:system-ui,"DejaVu Sans",sans-serif;margin:0;color:#161616;background:#fff;line-height:1.45}
        header,main{max-width:70rem;margin:0 auto;padding:0 1rem}
        h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #000091}h3{font-size:1.05rem;word-break:break-all}
        table{border-collapse:collapse;margin:.5rem 1rem .5rem 0;display:inline-table;vertical-align:top}
        caption{font-weight:bold;text-align:left}th,td{border:1px solid #929292;padding:.25rem .6rem;text-align:left}
        .document{border-top:1px solid #ddd;padding:.5rem 0}.erreur{color:#ce0500}.note{color:#3a3a3a;font-style:italic}
        .acte{border-left:.4rem solid #929292;padding:.25rem .8rem;margin:.6rem 0;background:#f6f6f6}
        .acte.conforme{border-color:#18753c}.acte.a_corriger{border-color:#ce0500}.acte.a_verifier{border-color:#b34000}
        .verdict{display:inline-block;padding:0 .4rem;border-radius:.2rem;color:#fff;background:#3a3a3a}
        .conforme .verdict{background:#18753c}.a_corriger .verdict{background:#ce0500}.a_verifier .verdict{background:#b34000}
        dl.champs{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0}dt{font-weight:bold}dd{margin:0}
        blockquote{margin:.2rem 0 .2rem 1rem;padding:.2rem .6rem;background:#fff;border-left:3px solid #000091}
        cite{font-style:normal;font-weight:bold;margin-right:.4rem}.base{font-size:.9rem;color:#3a3a3a}
        """;
}
