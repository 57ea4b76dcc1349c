using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline.Assembly;

/// <summary>A detected table with what the text around it says of it (its context names the table by index).</summary>
public sealed record TableInContext(TableGrid Grid, TableContext Context)
{
    /// <summary>Each context with the table it names, in the order of the contexts.</summary>
    public static IReadOnlyList<TableInContext> Pair(IReadOnlyList<TableGrid> grids, IReadOnlyList<TableContext> contexts) =>
        contexts.Select(context => new TableInContext(grids[context.Grid], context)).ToList();
}
