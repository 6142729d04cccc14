namespace Vigie.Privacy.Detection;

/// <summary>
/// Resolves overlapping spans: within each cluster of overlapping spans, the higher type priority wins, then the
/// higher score, then the longer span. Runs in O(n log n).
/// </summary>
public static class SpanMerger
{
    /// <summary>Priority of a type when spans overlap: checked identifiers first, names last.</summary>
    public static int Priority(PiiType type) => type switch
    {
        PiiType.Nir => 100,
        PiiType.Iban => 95,
        PiiType.Email => 90,
        PiiType.Telephone => 85,
        PiiType.Matricule => 80,
        PiiType.DateNaissance => 70,
        PiiType.Adresse => 60,
        PiiType.Personne => 50,
        _ => 0,
    };

    public static List<PiiSpan> Merge(List<PiiSpan> spans, double minimumScore)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var sorted = new List<PiiSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (span.Score >= minimumScore && span.End > span.Start)
            {
                sorted.Add(span);
            }
        }

        sorted.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var result = new List<PiiSpan>(sorted.Count);
        var cluster = new List<PiiSpan>();
        var clusterEnd = -1;
        foreach (var span in sorted)
        {
            if (cluster.Count > 0 && span.Start >= clusterEnd)
            {
                Resolve(cluster, result);
                cluster.Clear();
            }

            cluster.Add(span);
            clusterEnd = Math.Max(clusterEnd, span.End);
        }

        Resolve(cluster, result);
        return result;
    }

    private static void Resolve(List<PiiSpan> cluster, List<PiiSpan> result)
    {
        if (cluster.Count == 0)
        {
            return;
        }

        if (cluster.Count == 1)
        {
            result.Add(cluster[0]);
            return;
        }

        cluster.Sort((a, b) =>
        {
            var byPriority = Priority(b.Type).CompareTo(Priority(a.Type));
            if (byPriority != 0)
            {
                return byPriority;
            }

            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : b.Length.CompareTo(a.Length);
        });
        var kept = new List<PiiSpan>();
        foreach (var span in cluster)
        {
            var overlaps = false;
            foreach (var k in kept)
            {
                if (span.Start < k.End && k.Start < span.End)
                {
                    overlaps = true;
                    break;
                }
            }

            if (!overlaps)
            {
                kept.Add(span);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        result.AddRange(kept);
    }
}
