namespace Extraction.Tests.Architecture;

/// <summary>
/// Which assemblies each of ours may reference. Ours only point down: a reader adapter or the pipeline sees the
/// document seam, never each other; each layer above sees the ones below it. Some libraries are kept out of layers
/// that must stay pure (the pipeline has no logging, no database, no CSV, no PDF library).
/// </summary>
internal static class LayerRules
{
    private const string Pdf = "Extraction.Pdf";
    private const string Document = "Extraction.Document";
    private const string ReadingPdf = "Extraction.Reading.Pdf";
    private const string ReadingPdfPig = "Extraction.Reading.PdfPig";
    private const string Pipeline = "Extraction.Pipeline";
    private const string Outputs = "Extraction.Outputs";
    private const string Batch = "Extraction.Batch";
    private const string SinksPostgres = "Extraction.Sinks.Postgres";
    private const string Configuration = "Extraction.Configuration";
    private const string Cli = "extract";

    /// <summary>For each of our assemblies, the ones of ours it may reference.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> AllowedOwn = new Dictionary<string, IReadOnlySet<string>>
    {
        [Pdf] = new HashSet<string>(),
        [Document] = new HashSet<string>(),
        [ReadingPdf] = new HashSet<string> { Document, Pdf },
        [ReadingPdfPig] = new HashSet<string> { Document },
        [Pipeline] = new HashSet<string> { Document },
        [Outputs] = new HashSet<string> { Pipeline, Document },
        [Batch] = new HashSet<string> { Outputs, Pipeline, Document },
        [SinksPostgres] = new HashSet<string> { Batch, Outputs, Pipeline, Document },
        [Configuration] = new HashSet<string> { SinksPostgres, Batch, Outputs, Pipeline, Document },
        [Cli] = new HashSet<string> { Configuration, SinksPostgres, Batch, Outputs, Pipeline, Document, ReadingPdf, ReadingPdfPig },
    };

    /// <summary>Libraries (by assembly name prefix) an assembly of ours must not reference.</summary>
    public static readonly IReadOnlyList<(string Assembly, string Library)> Forbidden =
    [
        (Pipeline, "Npgsql"), (Pipeline, "CsvHelper"), (Pipeline, "Serilog"), (Pipeline, "Polly"), (Pipeline, "UglyToad.PdfPig"),
        (Document, "Npgsql"), (Document, "CsvHelper"), (Document, "Serilog"), (Document, "Polly"), (Document, "UglyToad.PdfPig"),
        (Outputs, "Npgsql"), (Outputs, "Serilog"),
    ];

    /// <summary>Libraries (by assembly name prefix) that only one assembly of ours may reference.</summary>
    public static readonly IReadOnlyDictionary<string, string> OnlyIn = new Dictionary<string, string>
    {
        ["Npgsql"] = SinksPostgres,
        ["UglyToad.PdfPig"] = ReadingPdfPig,
        ["Microsoft.ML"] = Pipeline,
    };

    /// <summary>Every rule the graph (assembly → names it references) breaks; empty when it keeps them all.</summary>
    public static IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlyCollection<string>> graph)
    {
        var violations = new List<string>();
        foreach (var (assembly, references) in graph)
        {
            if (!AllowedOwn.TryGetValue(assembly, out var allowed))
            {
                violations.Add($"{assembly} is not one of the layered assemblies: give it a place in {nameof(LayerRules)}.");
                continue;
            }

            violations.AddRange(references
                .Where(reference => AllowedOwn.ContainsKey(reference) && !allowed.Contains(reference))
                .Select(reference => $"{assembly} references {reference}, which it may not (allowed: {Listed(allowed)})."));
            violations.AddRange(Forbidden
                .Where(rule => rule.Assembly == assembly)
                .SelectMany(rule => references.Where(reference => IsLibrary(reference, rule.Library)))
                .Select(reference => $"{assembly} references {reference}, a library it must stay free of."));
            violations.AddRange(OnlyIn
                .Where(rule => rule.Value != assembly)
                .SelectMany(rule => references.Where(reference => IsLibrary(reference, rule.Key)).Select(reference => (reference, owner: rule.Value)))
                .Select(found => $"{assembly} references {found.reference}, which only {found.owner} may use."));
        }

        return violations;
    }

    private static bool IsLibrary(string reference, string library) =>
        reference == library || reference.StartsWith(library + ".", StringComparison.Ordinal);

    private static string Listed(IReadOnlySet<string> names) => names.Count == 0 ? "none of ours" : string.Join(", ", names.Order(StringComparer.Ordinal));
}
