using System.Buffers.Binary;
using System.Globalization;

namespace Extraction.Batch;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a corpus (<c>--shard K/N</c>, K from 0 to N − 1, so a Kubernetes
/// Indexed Job's completion index fits as it is). A document belongs to the shard its SHA-256 falls in, so the split
/// depends on content alone: every machine computes the same split, and copies of one file land together.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static readonly Shard Whole = new(0, 1);

    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1
            || index >= count)
        {
            throw new FormatException($"'{text}' is not a shard K/N with N ≥ 1 and 0 ≤ K < N (e.g. 0/4 … 3/4).");
        }

        return new Shard(index, count);
    }

    /// <summary>Whether the document with this hash (lower-case hex SHA-256) is in the shard.</summary>
    public bool Contains(string sha256)
    {
        var prefix = Convert.FromHexString(sha256.AsSpan(0, 16));
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(prefix) % (ulong)Count) == Index;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
