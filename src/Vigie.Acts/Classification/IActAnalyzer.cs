using Vigie.Acts.Model;
using Vigie.Documents.Splitting;

namespace Vigie.Acts.Classification;

/// <summary>Classifies one act and extracts its fields (with evidence).</summary>
public interface IActAnalyzer
{
    AnalyzedAct Analyze(ActSegment segment);
}
