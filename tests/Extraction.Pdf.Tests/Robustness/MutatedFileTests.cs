using Extraction.Pdf.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Robustness;

/// <summary>
/// Truncated and byte-damaged copies of every fixture PDF (and of a few generated ones) either read, or fail with a
/// deliberate <see cref="Core.PdfReadException"/>: never another exception (not even one the public boundary converts),
/// a hang or a crash. Damage is seeded, so every run tests the same copies.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class MutatedFileTests
{
    private const int CutPoints = 16;
    private const int DamagedCopies = 24;

    /// <summary>A hang guard, not a speed target: a healthy read of these files takes milliseconds.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    public static IEnumerable<TestCaseData> Files()
    {
        foreach (var path in RepositoryPaths.CorpusPdfs().Concat(Directory.GetFiles(ReaderFixtures.Folder, "*.pdf").Order(StringComparer.Ordinal)))
        {
            yield return new TestCaseData(Path.GetFileName(path)).SetArgDisplayNames(Path.GetFileName(path));
        }

        yield return new TestCaseData("generated:one-page").SetArgDisplayNames("generated:one-page");
        yield return new TestCaseData("generated:120-pages").SetArgDisplayNames("generated:120-pages");
    }

    [TestCaseSource(nameof(Files))]
    public void Truncated_copies_read_or_fail_with_a_typed_error(string name)
    {
        var original = Load(name);
        var cuts = Enumerable.Range(1, CutPoints).Select(i => (int)((long)original.Length * i / (CutPoints + 1)))
            .Concat([original.Length - 1, original.Length - 10, original.Length - 40, original.Length - 200, 1, 9])
            .Where(c => c > 0 && c < original.Length)
            .Distinct();

        foreach (var cut in cuts)
        {
            var outcome = ReadOutcome.WithinHangGuard(original[..cut], HangGuard, $"{name} cut at {cut}");
            Assert.That(outcome.Unexpected, Is.Null, $"{name} cut at {cut}");
        }
    }

    [TestCaseSource(nameof(Files))]
    public void Damaged_copies_read_or_fail_with_a_typed_error(string name)
    {
        var original = Load(name);
        for (var copy = 0; copy < DamagedCopies; copy++)
        {
            var damaged = Damage(original, copy, new Random(Seed(name, copy)));
            var outcome = ReadOutcome.WithinHangGuard(damaged, HangGuard, $"{name} damaged copy {copy}");
            Assert.That(outcome.Unexpected, Is.Null, $"{name} damaged copy {copy}");
        }
    }

    private static byte[] Load(string name) => name switch
    {
        "generated:one-page" => SampleDocuments.OnePage("Generated"),
        "generated:120-pages" => LongDocuments.Write(120, fanOut: 7),
        _ => File.ReadAllBytes(File.Exists(Path.Combine(RepositoryPaths.Corpus, name)) ? Path.Combine(RepositoryPaths.Corpus, name) : ReaderFixtures.PathOf(name)),
    };

    /// <summary>Four kinds of damage in turn: random bytes anywhere, in the cross-reference area, in one run, and digits changed.</summary>
    private static byte[] Damage(byte[] original, int copy, Random random)
    {
        var data = (byte[])original.Clone();
        switch (copy % 4)
        {
            case 0:
                for (var k = random.Next(1, 24); k > 0; k--)
                {
                    data[random.Next(data.Length)] = (byte)random.Next(256);
                }

                break;
            case 1:
                var tail = Math.Min(2048, data.Length);
                for (var k = random.Next(1, 8); k > 0; k--)
                {
                    data[data.Length - 1 - random.Next(tail)] = (byte)random.Next(256);
                }

                break;
            case 2:
                var at = random.Next(data.Length);
                random.NextBytes(data.AsSpan(at, Math.Min(random.Next(1, 512), data.Length - at)));
                break;
            default:
                // Offsets, lengths, counts and object numbers are digits: change some to other digits.
                var digits = Enumerable.Range(0, data.Length).Where(i => data[i] is >= (byte)'0' and <= (byte)'9').ToArray();
                for (var k = random.Next(1, 12); k > 0 && digits.Length > 0; k--)
                {
                    data[digits[random.Next(digits.Length)]] = (byte)('0' + random.Next(10));
                }

                break;
        }

        return data;
    }

    /// <summary>A seed stable across runs and platforms (string.GetHashCode is randomised per process).</summary>
    private static int Seed(string name, int copy)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (uint)(copy * 7919));
    }
}
