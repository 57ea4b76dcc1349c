using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Parsing;
using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Robustness.Fuzz;

/// <summary>
/// Seeded fuzzing: every corpus document, mutated by every <see cref="MutationKind"/> a few times, either reads or
/// fails with a typed <see cref="PdfReadException"/>; never another exception, and never more decoded bytes than the
/// budget. A failure names the file, kind and seed, so <see cref="PdfMutations.Mutate"/> can rebuild the case.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FuzzTests
{
    private const int SeedsPerKind = 5;

    /// <summary>Small limits, so bombs and operator floods hit them at once and a case stays cheap.</summary>
    private static readonly ReaderLimits Limits = new()
    {
        MaxDecodedBytesPerDocument = 16 * 1024 * 1024,
        MaxOperatorsPerPage = 200_000,
    };

    /// <summary>A hang guard, not a speed target: it cancels a read that runs away, which then fails the case.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static IEnumerable<TestCaseData> Cases() =>
        from kind in Enum.GetValues<MutationKind>()
        from path in RepositoryPaths.CorpusPdfs()
        select new TestCaseData(Path.GetFileName(path), kind).SetArgDisplayNames(Path.GetFileName(path), kind.ToString());

    [TestCase(MutationKind.DecompressionBomb)]
    [TestCase(MutationKind.HugeOperatorCounts)]
    public void Flooding_mutations_do_reach_the_limits(MutationKind kind)
    {
        var reached = RepositoryPaths.CorpusPdfs().Count(path =>
        {
            var document = PdfDocument.Open(PdfMutations.Mutate(File.ReadAllBytes(path), kind, new Random(0)), new ReadOptions { Limits = Limits });
            return document.GetPages().Any(page => page.ReaderWarnings.Any(w => w.Kind == ReaderWarningKind.LimitReached));
        });

        Assert.That(reached, Is.GreaterThan(0), "the fuzz cases of this kind test the limits, not nothing");
    }

    [TestCaseSource(nameof(Cases))]
    public void A_mutated_document_reads_or_fails_typed_within_the_budget(string name, MutationKind kind)
    {
        var original = File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, name));
        for (var seed = 0; seed < SeedsPerKind; seed++)
        {
            var mutated = PdfMutations.Mutate(original, kind, new Random(seed));
            var what = $"{name}, {kind}, seed {seed}";
            using var guard = new CancellationTokenSource(HangGuard);
            var options = new ReadOptions { Limits = Limits, Cancellation = guard.Token };
            try
            {
                var document = PdfDocument.Open(mutated, options);
                foreach (var page in document.GetPages())
                {
                    _ = page.GetWords();
                }

                Assert.That(document.DecodedBytes, Is.LessThanOrEqualTo(Limits.MaxDecodedBytesPerDocument), what);
            }
            catch (PdfReadException ex)
            {
                Assert.That(Enum.IsDefined(ex.Code), Is.True, what);
            }
            catch (OperationCanceledException) when (guard.IsCancellationRequested)
            {
                Assert.Fail($"{what}: still reading after {HangGuard.TotalSeconds:0} s.");
            }
        }
    }
}
