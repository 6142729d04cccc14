using System.Globalization;
using Vigie.Acts.Extraction;
using Vigie.Acts.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Classification;

/// <summary>
/// Classifies an act (<see cref="ActClassifier"/>) and extracts its fields (<see cref="FieldExtractor"/>): the text is
/// normalised once, every pattern is precompiled, and every field keeps the words it was read from.
/// A non-act (letter, invoice, blank page) comes back as <see cref="ActType.NonActe"/> with its reason in the notes.
/// </summary>
public sealed class ActAnalyzer : IActAnalyzer
{
    private readonly ActClassifier _classifier;
    private readonly FieldExtractor _extractor;

    public ActAnalyzer(ActClassifier classifier, FieldExtractor extractor)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(extractor);
        _classifier = classifier;
        _extractor = extractor;
    }

    public AnalyzedAct Analyze(ActSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var act = new ActText(segment);
        var classification = _classifier.Classify(act);
        var extraction = _extractor.Extract(act, classification.Type);
        var analyzed = new AnalyzedAct(segment, classification.Type, classification.Confidence, extraction.Fields);
        foreach (var (field, evidence) in extraction.Evidence)
        {
            analyzed.FieldEvidence[field] = evidence;
        }

        if (!classification.Clue.IsEmpty)
        {
            analyzed.FieldEvidence[FieldNames.Type] = act.ToEvidence(classification.Clue);
        }

        if (classification.Type == ActType.NonActe)
        {
            analyzed.AnalysisNotes.Add(classification.Reason);
        }
        else if (classification.IsUncertain || classification.Type == ActType.Autre)
        {
            analyzed.AnalysisNotes.Add(string.Create(CultureInfo.GetCultureInfo("fr-FR"),
                $"Type d'acte incertain (confiance {classification.Confidence:P0}) : {classification.Reason}"));
        }

        analyzed.AnalysisNotes.AddRange(extraction.Notes);
        return analyzed;
    }
}
