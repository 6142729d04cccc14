namespace Vigie.Acts.Corpus.Labels;

/// <summary>One line of <c>labels.jsonl</c>: a document of the corpus and what it holds.</summary>
public sealed class LabelDocument
{
    public const string KindActe = "acte";
    public const string KindNonActe = "non_acte";
    public const string KindErreur = "erreur";

    /// <summary>Path relative to the corpus folder, '/' separators; inside a ZIP <c>lot.zip!inner/a.pdf</c>.</summary>
    public string Source { get; set; } = string.Empty;

    public string Format { get; set; } = string.Empty;

    /// <summary><see cref="KindActe"/> (one or more acts), <see cref="KindNonActe"/> or <see cref="KindErreur"/>.</summary>
    public string Kind { get; set; } = KindActe;

    /// <summary>For <see cref="KindErreur"/>: the error code expected in the report ("FICHIER_CORROMPU").</summary>
    public string? ExpectedError { get; set; }

    public List<LabelAct> Acts { get; set; } = [];

    public string? Note { get; set; }
}
