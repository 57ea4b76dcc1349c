using System.Globalization;
using Extraction.Core.Layout;

namespace Extraction.Core.Structure;

/// <summary>
/// Reads municipality, document kind, fiscal year and policy area. The title (document metadata), running headers and
/// footers, and headings are searched in that order; the municipality is the name the text mentions most.
/// </summary>
public sealed class MetadataReader
{
    private static readonly string[] PartSeparators = [" – ", " — ", " - ", "|"];

    private readonly StructureOptions options;
    private readonly PatternSet municipality;
    private readonly PatternSet fiscalYear;
    private readonly PatternSet policyArea;
    private readonly IReadOnlyList<(string Kind, PatternSet Patterns)> kinds;

    public MetadataReader(StructureOptions options)
    {
        this.options = options;
        municipality = new PatternSet(options.MunicipalityPatterns);
        fiscalYear = new PatternSet(options.FiscalYearPatterns);
        policyArea = new PatternSet(options.PolicyAreaPatterns);
        kinds = options.DocumentKinds.Select(k => (k.Kind, new PatternSet(k.Patterns))).ToList();
    }

    /// <param name="title">The metadata title, or the first heading.</param>
    /// <param name="margins">Running headers and footers.</param>
    /// <param name="headings">Headings in document order.</param>
    /// <param name="body">All body text, for counting municipality names.</param>
    public (string? Municipality, string? Kind, int? FiscalYear, string? PolicyArea) Read(
        string? title,
        IReadOnlyList<string> margins,
        IReadOnlyList<string> headings,
        IReadOnlyList<string> body)
    {
        var sources = new List<string>();
        if (title is not null)
        {
            sources.Add(title);
        }

        sources.AddRange(margins.Distinct());
        sources.AddRange(headings);

        var kind = sources.Select(s => kinds.FirstOrDefault(k => k.Patterns.IsMatch(s)).Kind).FirstOrDefault(k => k is not null);
        var year = sources.Select(YearIn).FirstOrDefault(y => y is not null);
        var area = sources.SelectMany(Parts).Select(p => policyArea.Match(p)?.Groups["name"].Value.Trim()).FirstOrDefault(n => !string.IsNullOrEmpty(n));
        return (Municipality(sources.Concat(body)), kind, year, area);
    }

    private int? YearIn(string text)
    {
        var match = fiscalYear.Match(text);
        return match is not null && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    private string? Municipality(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var order = 0;
        foreach (var text in texts)
        {
            foreach (var match in municipality.Matches(text))
            {
                var name = match.Groups["name"].Value.Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First) : (1, order++);
            }

            foreach (var (abbreviation, name) in options.MunicipalityAbbreviations)
            {
                if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Trim(',', '.', ':', ';', '(', ')') == abbreviation))
                {
                    counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First) : (1, order++);
                }
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).First().Key;
    }

    private static IEnumerable<string> Parts(string text) =>
        text.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Running header and footer texts of a document.</summary>
    public static IReadOnlyList<string> MarginTexts(DocumentLayout layout) =>
        layout.Pages.SelectMany(p => p.Furniture)
            .Where(f => f.Kind != FurnitureKind.PageNumber)
            .Select(f => f.Segment.Text)
            .ToList();
}
