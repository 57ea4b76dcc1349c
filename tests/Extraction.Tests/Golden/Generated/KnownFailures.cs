using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extraction.Tests.Golden.Generated;

/// <summary>How many cells of a generated PDF are missing, wrong and spurious.</summary>
internal sealed record PinnedCounts(int Missing, int Wrong, int Spurious)
{
    public bool IsWorseThan(PinnedCounts pinned) => Missing > pinned.Missing || Wrong > pinned.Wrong || Spurious > pinned.Spurious;

    public bool IsBetterThan(PinnedCounts pinned) => Missing < pinned.Missing || Wrong < pinned.Wrong || Spurious < pinned.Spurious;

    public override string ToString() => $"missing {Missing}, wrong {Wrong}, spurious {Spurious}";
}

/// <summary>
/// fixtures/generated/known-failures.json: the generated PDFs the pipeline does not yet read exactly, each with the
/// counts it has today. Every other generated PDF must be read exactly.
/// </summary>
internal sealed record KnownFailures(string About, IReadOnlyDictionary<string, PinnedCounts> Files)
{
    public const string FileName = "known-failures.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly Lazy<KnownFailures> LazyPinned = new(() =>
        JsonSerializer.Deserialize<KnownFailures>(File.ReadAllText(Path.Combine(GeneratedVariant.Folder, FileName)), Json)!);

    public static KnownFailures Pinned => LazyPinned.Value;

    public static IEnumerable<string> Names() => Pinned.Files.Keys.Order(StringComparer.Ordinal);

    /// <summary>The generated PDFs that must be read exactly: all that are not pinned.</summary>
    public static IEnumerable<string> Exact() => GeneratedVariant.Names().Where(n => !Pinned.Files.ContainsKey(n));

    /// <summary>The list the scores of today would pin, for scripts/score-generated.sh --pin.</summary>
    public static string Serialize(IEnumerable<GeneratedScore> scores) =>
        JsonSerializer.Serialize(
            new KnownFailures(Pinned.About, scores.Where(s => !s.IsExact).OrderBy(s => s.Variant.Name, StringComparer.Ordinal).ToDictionary(s => s.Variant.Name, s => s.Counts)),
            Json) + "\n";
}
