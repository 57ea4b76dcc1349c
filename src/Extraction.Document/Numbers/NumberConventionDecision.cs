namespace Extraction.Document.Numbers;

/// <summary>
/// Decides how a table prints its numbers: the convention that reads the most of its number cells, ties going to the
/// first of numbers.conventions. One decision per table, so that "4.511" is not 4511 in one row and 4.511 in the next.
/// </summary>
public sealed class NumberConventionDecision
{
    private readonly CellNumberReader reader;
    private readonly IReadOnlyList<NumberConvention> order;

    public NumberConventionDecision(CellNumberReader reader, IReadOnlyList<NumberConvention> order)
    {
        this.reader = reader;
        this.order = order.Count == 0 ? [NumberConvention.Danish] : order;
    }

    /// <summary>The decision over numbers.conventions, read by a <see cref="CellNumberReader"/> of <paramref name="options"/>.</summary>
    public static NumberConventionDecision For(NumberOptions options) => new(
        new CellNumberReader(options),
        options.Conventions.Select(n => NumberConventionNames.TryParse(n, out var c) ? c : throw new ArgumentException($"Unknown number convention '{n}'.", nameof(options))).ToList());

    /// <summary>True when one of the conventions reads <paramref name="text"/> as a number, in accounting parentheses or not (<see cref="CellNumberReader.IsFigure"/>).</summary>
    public bool IsFigure(string text) => reader.IsFigure(text, order);

    /// <summary>True when one of the conventions reads <paramref name="cell"/> as a number or a dash.</summary>
    public bool ReadsInAny(string cell) => reader.ReadEach(cell, order).Any(n => n.Kind is NumberKind.Value or NumberKind.Dash);

    /// <summary>The convention of a table whose number cells print <paramref name="cells"/>, and how many cells only another convention reads.</summary>
    public (NumberConvention Convention, int Misfits) Decide(IReadOnlyList<string> cells)
    {
        var readings = cells.Select(c => reader.ReadEach(c, order)).ToList();
        var best = 0;
        var bestCount = -1;
        for (var o = 0; o < order.Count; o++)
        {
            var count = readings.Count(r => r[o].Kind == NumberKind.Value);
            if (count > bestCount)
            {
                best = o;
                bestCount = count;
            }
        }

        var misfits = readings.Count(r => r[best].Kind != NumberKind.Value && r.Any(n => n.Kind == NumberKind.Value));
        return (order[best], misfits);
    }

    /// <summary>
    /// How many of <paramref name="cells"/>, read in <paramref name="convention"/>, are in doubt: a decimal mark followed by
    /// exactly three digits ("1.234" in a table of "1,234.5") that another convention reads as another value (a
    /// thousands group), where no cell of the table prints three decimals that only <paramref name="convention"/> reads.
    /// Cells read in the first of numbers.conventions are never in doubt: that convention is the one the documents are
    /// written in ("2,200" in a table of millions of kroner), the prior every other reading has to beat.
    /// </summary>
    public int Ambiguous(IReadOnlyList<string> cells, NumberConvention convention)
    {
        if (convention == order[0])
        {
            return 0;
        }

        var threeDecimals = cells.Where(c => reader.HasThreeDecimals(c, convention)).ToList();
        var ambiguous = threeDecimals.Count(c => reader.ReadEach(c, order) is var readings
            && readings.Zip(order).Any(p => p.Second != convention && p.First.Kind == NumberKind.Value && p.First.Value != reader.Read(c, convention).Value));
        return ambiguous < threeDecimals.Count ? 0 : ambiguous;
    }
}
