using System.Globalization;
using System.Text.RegularExpressions;
using Extraction.Document;
using Extraction.Pipeline.Layout;

namespace Extraction.Pipeline.Tables.Figures;

/// <summary>
/// Finds the axes of the charts on a page: numbers that step by the same amount from 0 (0 10 20 …, 0% 25% 50% …,
/// 0 500 1.000 …) at even distances, in a row on one line or in a column of numbers standing alone, aligned at the
/// right. A table's figures do not step evenly from 0; its years and column numbers do not start at 0.
/// </summary>
internal sealed partial class AxisTicks(FigureOptions options, double columnTolerance)
{
    public IReadOnlyList<ChartAxis> Find(PageLayout page)
    {
        var rows = page.Lines
            .Where(line => line.Words.Count(w => StartsLikeTick(w.Text)) >= options.MinAxisTicks)
            .SelectMany(line => Axes(line.Words.Where(w => w.IsHorizontal).OrderBy(w => w.Box.X0).Select(Read), t => t.Box.CenterX));
        var alone = page.Lines.SelectMany(l => l.Segments).Where(s => s.Words.Count == 1 && s.Words[0].IsHorizontal).Select(s => Read(s.Words[0])).OfType<Tick>()
            .OrderBy(t => t.Box.X1)
            .ToList();
        var columns = RightAligned(alone).SelectMany(column => Axes(column.OrderBy(t => t.Box.CenterY), t => t.Box.CenterY));
        return rows.Concat(columns).ToList();
    }

    /// <summary>Ticks whose right edges lie within the column tolerance of the one before: one column.</summary>
    private IEnumerable<List<Tick>> RightAligned(List<Tick> ticks)
    {
        var column = new List<Tick>();
        foreach (var tick in ticks)
        {
            if (column.Count > 0 && tick.Box.X1 - column[^1].Box.X1 > columnTolerance)
            {
                yield return column;
                column = [];
            }

            column.Add(tick);
        }

        if (column.Count > 0)
        {
            yield return column;
        }
    }

    /// <summary>The runs of <paramref name="sequence"/> (a word that is no number breaks a run) that are an axis.</summary>
    private IEnumerable<ChartAxis> Axes(IEnumerable<Tick?> sequence, Func<Tick, double> position)
    {
        var run = new List<Tick>();
        foreach (var tick in sequence.Append(null))
        {
            if (tick is not null && Continues(run, tick, position))
            {
                run.Add(tick);
                continue;
            }

            if (run.Count >= options.MinAxisTicks && run.Any(t => t.Value == 0))
            {
                yield return new ChartAxis(run.Select(t => t.Box).ToList());
            }

            // The last tick may start the next run: two axes can share a line.
            run = tick is null ? [] : run.Count > 0 && Continues([run[^1]], tick, position) ? [run[^1], tick] : [tick];
        }
    }

    private bool Continues(List<Tick> run, Tick next, Func<Tick, double> position)
    {
        if (run.Count < 2)
        {
            return run.Count == 0 || (next.Value != run[^1].Value && position(next) > position(run[^1]));
        }

        var step = run[1].Value - run[0].Value;
        var spacing = position(run[1]) - position(run[0]);
        return next.Value - run[^1].Value == step
            && Math.Abs(position(next) - position(run[^1]) - spacing) <= options.TickSpacingTolerance * spacing;
    }

    private static bool StartsLikeTick(string text) => text is [var first, ..] && (char.IsAsciiDigit(first) || first is '-' or '−');

    private static Tick? Read(TextWord word)
    {
        if (!StartsLikeTick(word.Text) || !TickPattern().IsMatch(word.Text))
        {
            return null;
        }

        // Separators are dropped: the ticks of one axis are printed alike, so their steps stay equal ("0,5 1,0 1,5").
        var digits = new string(word.Text.Where(char.IsAsciiDigit).ToArray());
        var sign = word.Text[0] is '-' or '−' ? -1 : 1;
        return new Tick(sign * decimal.Parse(digits, CultureInfo.InvariantCulture), word.Box);
    }

    [GeneratedRegex(@"^[-−]?\d{1,15}(?:[.,\u00A0\u202F]\d{1,3})*%?$")]
    private static partial Regex TickPattern();

    private sealed record Tick(decimal Value, Box Box);
}
