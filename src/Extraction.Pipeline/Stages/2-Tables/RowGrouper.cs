using Extraction.Document;
using Extraction.Pipeline.Tables.Rows;

namespace Extraction.Pipeline.Tables;

/// <summary>
/// Splits a table body into rows. Rules across the table separate rows where they are drawn; between the lines of a
/// band that no such rule separates, the learned model decides where a new row starts (<see cref="LearnedRows"/>):
/// which lines of a wrapped label belong to which figures, which label line is a group heading of its own.
/// </summary>
internal sealed class RowGrouper
{
    private readonly TableOptions options;
    private readonly LearnedRows learned;

    public RowGrouper(TableOptions options, RowBoundaryModel model)
    {
        this.options = options;
        learned = new LearnedRows(model, options.Rows);
    }

    public List<List<LineProfile>> Group(IReadOnlyList<LineProfile> body, IReadOnlyList<Ruling> rulings, double tableX0, double tableX1)
    {
        if (body.Count == 0)
        {
            return [];
        }

        var bands = Bands(body, rulings, tableX0, tableX1);
        var geometry = BodyGeometry.Of(body, bands.Count > 1);
        return bands.SelectMany(band => learned.Split(band, geometry)).ToList();
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
}
