using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Tests.Golden.Generated;

/// <summary>
/// One PDF of fixtures/generated: a random variant of a corpus document (other numbers, years, municipality and
/// layout) as rendered by one producer, with its exact ground truth. The years of the variant are the corpus years
/// moved by <paramref name="YearShift"/>.
/// </summary>
internal sealed record GeneratedVariant(string Name, string Pdf, string DocId, string Producer, int Seed, int YearShift)
{
    private static readonly Lazy<IReadOnlyList<GeneratedVariant>> LazyAll = new(Load);

    /// <summary>Where the variants are: fixtures/generated, or another generator output scored by <c>scripts/score-generated.sh --dir</c>.</summary>
    public static string Folder => Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepositoryPaths.Fixtures, "generated");

    /// <summary>Set by scripts/score-generated.sh --dir to score variants that are not committed (fresh seeds, held out from tuning).</summary>
    public const string FolderVariable = "GENERATED_FOLDER";

    /// <summary>Every generated PDF, from the manifests of the runs that wrote them (one folder per seed).</summary>
    public static IReadOnlyList<GeneratedVariant> All => LazyAll.Value;

    /// <summary>The names of every generated PDF, for test cases.</summary>
    public static IEnumerable<string> Names() => All.Select(v => v.Name);

    public static GeneratedVariant Named(string name) => All.Single(v => v.Name == name);

    /// <summary>"000", the corpus document's number, for grouping.</summary>
    public string Document => DocId[..3];

    /// <summary>
    /// The cells the truth's numeric tables hold, with the measure and year a reader gives each column. The hand-written
    /// expectation (<see cref="ExpectedColumnTypes"/>) names the corpus's headers, so the truth is read with its years
    /// moved back to the corpus years, and each cell's column label and year are moved forward again.
    /// </summary>
    public List<GoldenCell> ExpectedCells()
    {
        var truth = Truth.Load(Pdf);
        var corpusYears = truth with
        {
            Metadata = truth.Metadata with { FiscalYear = truth.Metadata.FiscalYear - YearShift },
            Tables = truth.Tables.Select(t => t with { Columns = t.Columns.Select(c => c with { Header = ShiftYears(c.Header, -YearShift) }).ToList() }).ToList(),
        };
        return GoldenCells.Expected(corpusYears)
            .Select(c => c with { ColumnLabel = ShiftYears(c.ColumnLabel, YearShift), Year = c.Year + YearShift })
            .ToList();
    }

    /// <summary>Moves the years a header prints ("Regnskab 2020", "R23", "Tekn. B26", "Skøn 26") by <paramref name="shift"/> years.</summary>
    public static string ShiftYears(string header, int shift)
    {
        var full = Regex.Replace(header, @"(?<!\d)(?:19|20)\d{2}(?!\d)", m => Shifted(m.Value, shift, "0000"));
        return Regex.Replace(full, @"(?<=\b(?:R|B|Skøn ))\d{2}(?!\d)", m => Shifted(m.Value, shift, "00"));
    }

    private static string Shifted(string year, int shift, string format) =>
        (int.Parse(year, CultureInfo.InvariantCulture) + shift).ToString(format, CultureInfo.InvariantCulture);

    private static List<GeneratedVariant> Load()
    {
        var variants = new List<GeneratedVariant>();
        foreach (var manifestPath in Directory.GetFiles(Folder, "manifest.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(manifestPath)!;
            using var manifest = JsonDocument.Parse(File.ReadAllText(manifestPath));
            var seed = manifest.RootElement.GetProperty("seed").GetInt32();
            foreach (var variant in manifest.RootElement.GetProperty("variants").EnumerateArray())
            {
                var docId = variant.GetProperty("doc_id").GetString()!;
                var shift = variant.GetProperty("year_shift").GetInt32();
                foreach (var file in variant.GetProperty("files").EnumerateArray())
                {
                    var pdf = file.GetProperty("pdf").GetString()!;
                    variants.Add(new GeneratedVariant(
                        Path.GetFileNameWithoutExtension(pdf), Path.Combine(folder, pdf), docId, file.GetProperty("producer").GetString()!, seed, shift));
                }
            }
        }

        return variants;
    }
}
