using System.Collections.Concurrent;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden.Generated;

/// <summary>
/// A generated PDF's facts against its truth, cell by cell. A cell is wrong when the pipeline gives it at the truth's
/// place with another value (<see cref="WrongValues"/>), or with the right value but another measure, year, scale or
/// row kind (<see cref="WrongTypes"/>), or with the right value on the right page and one of its table id, row label
/// and column label different (<see cref="WrongLabels"/>). What is left over is missing (in the truth only) or spurious (in the facts only).
/// </summary>
internal sealed record GeneratedScore(
    GeneratedVariant Variant,
    int Expected,
    int Matched,
    IReadOnlyList<GoldenCell> Missing,
    IReadOnlyList<GoldenCell> Spurious,
    IReadOnlyList<(GoldenCell Expected, GoldenCell Actual)> WrongValues,
    IReadOnlyList<(GoldenCell Expected, GoldenCell Actual)> WrongTypes,
    IReadOnlyList<(GoldenCell Expected, GoldenCell Actual)> WrongLabels,
    string? Failure)
{
    /// <summary>
    /// The facts given in tables whose confidence is below pipeline.json's threshold (those whose doubt is visible), each
    /// with the codes of the doubts that lowered its table.
    /// </summary>
    public IReadOnlyList<(GoldenCell Cell, IReadOnlyList<string> Reasons)> DoubtfulFacts { get; init; } = [];

    public IReadOnlyList<GoldenCell> Doubtful => DoubtfulFacts.Select(d => d.Cell).ToList();

    /// <summary>The facts that match the truth although their table is doubtful: false alarms, each with its reasons.</summary>
    public IEnumerable<(GoldenCell Cell, IReadOnlyList<string> Reasons)> FalseAlarms
    {
        get
        {
            var mismatched = Mismatched.ToList();
            return DoubtfulFacts.Where(d => !mismatched.Remove(d.Cell));
        }
    }

    /// <summary>Every fact given that does not match the truth: at a truth cell's place with something wrong, or spurious.</summary>
    public IEnumerable<GoldenCell> Mismatched =>
        WrongValues.Concat(WrongTypes).Concat(WrongLabels).Select(w => w.Actual).Concat(Spurious);

    /// <summary>The facts that do not match the truth although their table is not doubtful: silently wrong.</summary>
    public IReadOnlyList<GoldenCell> SilentlyWrong => Mismatched.Where(c => !Doubtful.Contains(c)).ToList();

    private static readonly ConcurrentDictionary<string, Lazy<GeneratedScore>> Scores = new();

    public int Wrong => WrongValues.Count + WrongTypes.Count + WrongLabels.Count;

    public bool IsExact => Failure is null && Missing.Count == 0 && Spurious.Count == 0 && Wrong == 0;

    public PinnedCounts Counts => new(Missing.Count, Wrong, Spurious.Count);

    /// <summary>The score of a generated PDF, processed once per test run with the repository's pipeline.json.</summary>
    public static GeneratedScore Of(GeneratedVariant variant) =>
        Scores.GetOrAdd(variant.Name, _ => new Lazy<GeneratedScore>(() => Compute(variant))).Value;

    private static GeneratedScore Compute(GeneratedVariant variant)
    {
        var expected = variant.ExpectedCells();
        return Corpus.Pipeline().Process(variant.Pdf) switch
        {
            DocumentSucceeded s => Score(variant, expected, GoldenCells.Actual(s.Extraction), null) with { DoubtfulFacts = GoldenCells.Doubtful(s.Extraction, Corpus.Options.Confidence.Threshold) },
            DocumentFailed f => Score(variant, expected, [], $"{f.Code}: {f.Message}"),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    private static GeneratedScore Score(GeneratedVariant variant, List<GoldenCell> expected, List<GoldenCell> actual, string? failure)
    {
        var comparison = GoldenComparison.Compare(expected, actual);
        var missing = comparison.Missing.ToList();
        var spurious = comparison.Spurious.ToList();
        var labels = new List<(GoldenCell, GoldenCell)>();
        foreach (var cell in comparison.Missing)
        {
            var index = spurious.FindIndex(a => a.Page == cell.Page && a.Value == cell.Value && OneLabelDiffers(cell, a));
            if (index >= 0)
            {
                labels.Add((cell, spurious[index]));
                spurious.RemoveAt(index);
                missing.Remove(cell);
            }
        }

        return new GeneratedScore(
            variant,
            expected.Count,
            comparison.Matched,
            missing,
            spurious,
            comparison.Wrong.Where(w => w.Expected.Value != w.Actual.Value).ToList(),
            comparison.Wrong.Where(w => w.Expected.Value == w.Actual.Value).ToList(),
            labels,
            failure);
    }

    private static bool OneLabelDiffers(GoldenCell expected, GoldenCell actual) =>
        new[] { expected.TableId != actual.TableId, expected.RowLabel != actual.RowLabel, expected.ColumnLabel != actual.ColumnLabel }.Count(d => d) == 1;
}
