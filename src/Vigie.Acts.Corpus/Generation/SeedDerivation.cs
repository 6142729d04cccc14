namespace Vigie.Acts.Corpus.Generation;

/// <summary>
/// Independent, reproducible seeds for each act from the corpus seed (SplitMix64), so acts can be rendered in
/// parallel and still come out byte for byte the same. <see cref="HashCode"/> is not used: it changes per process.
/// </summary>
public static class SeedDerivation
{
    public static int Derive(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) ^ (ulong)(uint)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
