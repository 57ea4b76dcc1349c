using System.Globalization;

namespace Extraction.Document;

/// <summary>A set of 1-based pages written as "3", "1-3", "2-" or "1,4-6".</summary>
public sealed record PageRange(IReadOnlyList<(int First, int? Last)> Spans)
{
    public static readonly PageRange All = new([(1, null)]);

    public static PageRange Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return All;
        }

        var spans = new List<(int, int?)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-');
            var first = dash < 0 ? part : part[..dash];
            var last = dash < 0 ? part : part[(dash + 1)..];
            if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var from) || from < 1)
            {
                throw new FormatException($"'{text}' is not a page range such as 3, 1-3, 2- or 1,4-6.");
            }

            int? to = null;
            if (last.Length > 0)
            {
                if (!int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < from)
                {
                    throw new FormatException($"'{text}' is not a page range such as 3, 1-3, 2- or 1,4-6.");
                }

                to = end;
            }

            spans.Add((from, to));
        }

        return new PageRange(spans);
    }

    /// <summary>The pages of a document with <paramref name="pageCount"/> pages that fall in the range, in order.</summary>
    public IEnumerable<int> Pages(int pageCount) =>
        Enumerable.Range(1, pageCount).Where(p => Spans.Any(s => p >= s.First && p <= (s.Last ?? int.MaxValue)));
}
