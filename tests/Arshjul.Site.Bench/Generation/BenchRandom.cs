namespace Arshjul.Site.Bench.Generation;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by this code alone, so the same seed
/// writes the same site on every runtime version (System.Random's algorithm is not a contract).
/// </summary>
public sealed class BenchRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A new generator for one part of the site, so adding text in one part does not reshuffle the rest.</summary>
    public BenchRandom Fork(int salt) => new(NextUInt64() ^ ((ulong)salt * 0xD1B54A32D192ED03UL));
}
