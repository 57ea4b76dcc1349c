namespace Extraction.Pipeline.Tables.Rows;

/// <summary>
/// Splits a band of body lines into rows where the model gives a new row at least the configured probability. A row
/// holds the figures of one line only: between two value lines a new row starts at least once, where the model finds
/// it likeliest, so that two rows' figures are never read as one cell.
/// </summary>
internal sealed class LearnedRows(RowBoundaryModel model, RowOptions options)
{
    public IEnumerable<List<LineProfile>> Split(List<LineProfile> band, BodyGeometry body)
    {
        var gaps = Enumerable.Range(1, band.Count - 1).Select(i => RowGapFeatures.Of(band, i, body)).ToList();
        var probabilities = model.BreakProbabilities(gaps);
        var breaks = probabilities.Select(p => p >= options.BreakProbability).ToArray();
        var previousValue = -1;
        for (var i = 0; i < band.Count; i++)
        {
            if (!band[i].IsValueLine)
            {
                continue;
            }

            // Gap g lies between lines g and g + 1.
            if (previousValue >= 0 && !Enumerable.Range(previousValue, i - previousValue).Any(g => breaks[g]))
            {
                breaks[Enumerable.Range(previousValue, i - previousValue).MaxBy(g => probabilities[g])] = true;
            }

            previousValue = i;
        }

        var row = new List<LineProfile> { band[0] };
        for (var i = 1; i < band.Count; i++)
        {
            if (breaks[i - 1])
            {
                yield return row;
                row = [];
            }

            row.Add(band[i]);
        }

        yield return row;
    }
}
