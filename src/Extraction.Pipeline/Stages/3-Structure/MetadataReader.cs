using System.Globalization;
using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Structure;

/// <summary>
/// Reads municipality, document kind, fiscal year, policy area and committee. The title (document metadata), running
/// headers and footers, and headings are searched in that order; when they name no kind or year, the body text is.
/// The municipality is the name the text mentions most; the committee is the one a heading names, else the one the
/// text mentions most.
/// </summary>
internal sealed class MetadataReader
{
    private static readonly string[] PartSeparators = [" – ", " — ", " - ", "|"];
    private static readonly char[] WordTrim = [',', '.', ':', ';', '(', ')'];

    private readonly StructureOptions options;
    private readonly PatternSet municipality;
    private readonly PatternSet committee;
    private readonly PatternSet fiscalYear;
    private readonly PatternSet bodyFiscalYear;
    private readonly PatternSet policyArea;
    private readonly IReadOnlyList<(string Kind, PatternSet Patterns)> kinds;

    public MetadataReader(StructureOptions options)
    {
        this.options = options;
        municipality = new PatternSet(options.MunicipalityPatterns);
        committee = new PatternSet(options.CommitteePatterns);
        fiscalYear = new PatternSet(options.FiscalYearPatterns);
        bodyFiscalYear = new PatternSet(options.BodyFiscalYearPatterns);
        policyArea = new PatternSet(options.PolicyAreaPatterns);
        kinds = options.DocumentKinds.Select(k => (k.Kind, new PatternSet(k.Patterns))).ToList();
    }

    /// <param name="title">The metadata title, or the first heading.</param>
    /// <param name="margins">Running headers and footers.</param>
    /// <param name="headings">Headings in document order.</param>
    /// <param name="body">All body text, for counting names and as the last place to look for kind and year.</param>
    public DocumentMetadata Read(
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

        var kind = sources.Concat(body).Select(KindIn).FirstOrDefault(k => k is not null);
        var year = sources.Select(YearIn).FirstOrDefault(y => y is not null) ?? MostFrequentYear(body);
        var area = sources.SelectMany(Parts).Select(p => policyArea.Match(p)?.Groups["name"].Value.Trim()).FirstOrDefault(n => !string.IsNullOrEmpty(n));

        var municipalities = new NameCounter(municipality, options.MunicipalityAbbreviations);
        var committees = new NameCounter(committee, options.CommitteeAbbreviations);
        string? named = null;
        foreach (var source in sources)
        {
            municipalities.Count(source);
            named ??= new NameCounter(committee, options.CommitteeAbbreviations).Count(source).MostFrequent;
        }

        foreach (var text in body)
        {
            municipalities.Count(text);
            committees.Count(text);
        }

        return new DocumentMetadata(municipalities.MostFrequent, kind, year, area, named ?? committees.MostFrequent);
    }

    private string? KindIn(string text) => kinds.FirstOrDefault(k => k.Patterns.IsMatch(text)).Kind;

    private int? YearIn(string text)
    {
        var match = fiscalYear.Match(text);
        return match is not null && int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    private int? MostFrequentYear(IEnumerable<string> texts) =>
        texts.SelectMany(bodyFiscalYear.Matches)
            .Select(m => int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .OfType<int>()
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count())
            .Select(g => (int?)g.Key)
            .FirstOrDefault();

    /// <summary>
    /// Whether <paramref name="word"/> stands in <paramref name="text"/> as a word of its own: between spaces or the
    /// text's ends, with only punctuation (<see cref="WordTrim"/>) between. Looked up in place, as most texts are body
    /// lines that mention no abbreviation.
    /// </summary>
    private static bool Mentions(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at - 1;
            while (before >= 0 && WordTrim.Contains(text[before]))
            {
                before--;
            }

            var after = at + word.Length;
            while (after < text.Length && WordTrim.Contains(text[after]))
            {
                after++;
            }

            if ((before < 0 || text[before] == ' ') && (after == text.Length || text[after] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Parts(string text) =>
        text.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Running header and footer texts of a document.</summary>
    public static IReadOnlyList<string> MarginTexts(DocumentLayout layout) =>
        layout.Pages.SelectMany(p => p.Furniture)
            .Where(f => f.Kind != FurnitureKind.PageNumber)
            .Select(f => f.Segment.Text)
            .ToList();

    /// <summary>Counts the names texts mention, abbreviations counted as their names; the most frequent wins, ties the first mentioned.</summary>
    private sealed class NameCounter
    {
        private readonly PatternSet names;
        private readonly IReadOnlyDictionary<string, string> abbreviations;
        private readonly Dictionary<string, (int Count, int First)> counts = new(StringComparer.Ordinal);

        public NameCounter(PatternSet names, IReadOnlyDictionary<string, string> abbreviations)
        {
            this.names = names;
            this.abbreviations = abbreviations;
        }

        public string? MostFrequent => counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).First().Key;

        public NameCounter Count(string text)
        {
            foreach (var match in names.Matches(text))
            {
                Add(match.Groups["name"].Value.Trim());
            }

            foreach (var (abbreviation, name) in abbreviations)
            {
                if (Mentions(text, abbreviation))
                {
                    Add(name);
                }
            }

            return this;
        }

        private void Add(string name)
        {
            if (name.Length > 0)
            {
                counts[name] = counts.TryGetValue(name, out var c) ? (c.Count + 1, c.First) : (1, counts.Count);
            }
        }
    }
}
