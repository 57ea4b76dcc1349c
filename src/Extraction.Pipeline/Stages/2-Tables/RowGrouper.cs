using Extraction.Document;
using Extraction.Pipeline.Tables.Rows;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Splits a table body into rows. Rules across the table separate rows where they are drawn; elsewhere a wider blank
/// space does, and within what is left the body's spacing, the letters and the room of the labels decide where a row
/// starts, each value line keeping the label lines wrapped around it (<see cref="ValueRows"/>). Rows of label text
/// set as close as the rows around them are then joined to the row whose label they continue. With a learned model,
/// the model decides between each two lines of a band instead (<see cref="LearnedRows"/>).
/// </summary>
internal sealed class RowGrouper
{
    private readonly TableOptions options;
    private readonly LearnedRows? learned;

    public RowGrouper(TableOptions options, RowBoundaryModel? model)
    {
        this.options = options;
        learned = model is null ? null : new LearnedRows(model, options.Rows);
    }

    public List<List<LineProfile>> Group(IReadOnlyList<LineProfile> body, IReadOnlyList<Ruling> rulings, double tableX0, double tableX1, double labelX1)
    {
        if (body.Count == 0)
        {
            return [];
        }

        var bands = Bands(body, rulings, tableX0, tableX1);
        if (learned is not null)
        {
            var geometry = BodyGeometry.Of(body, bands.Count > 1);
            return bands.SelectMany(band => learned.Split(band, geometry)).ToList();
        }

        var bottom = TableOptions.FiguresOnLastLine(options.WrappedLabelValueAlignment);
        var spacing = BodySpacing.Of(body, options.Rows.LeadingMarginEm);
        return bands
            .SelectMany(band => WrappedLabels.Join(SplitByGaps(band).SelectMany(group => ValueRows.Split(group, spacing, labelX1, bottom, options.RulingTolerance)).ToList()))
            .ToList();
    }

    /// <summary>The body cut at the rules drawn across the table: rows never run over such a rule.</summary>
    public List<List<LineProfile>> Bands(IReadOnlyList<LineProfile> body, IReadOnlyList<Ruling> rulings, double tableX0, double tableX1)
    {
        var width = tableX1 - tableX0;
        var top = body[0].Line.Box.Y0;
        var bottom = body[^1].Line.Box.Y1;
        var separators = rulings
            .Where(r => r.IsHorizontal && r.Box.Width >= options.RowRuleMinWidthRatio * width)
            .Where(r => r.Position > top + options.RulingTolerance && r.Position < bottom - options.RulingTolerance)
            .Select(r => r.Position)
            .Order()
            .ToList();

        return body
            .GroupBy(l => separators.Count(s => s < l.Line.Box.CenterY))
            .OrderBy(g => g.Key)
            .Select(g => g.ToList())
            .ToList();
    }

    private IEnumerable<List<LineProfile>> SplitByGaps(List<LineProfile> lines)
    {
        var current = new List<LineProfile>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && LineSpace.Between(current[^1].Line, line.Line) > options.RowSplitGapEm * line.Line.FontSize)
            {
                yield return current;
                current = [];
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
