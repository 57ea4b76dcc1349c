using Extraction.Document;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline;

namespace Extraction.Pipeline.Assembly;

/// <summary>
/// Tells totals ("i alt", "Samlet"), subtotals (bold rows among plain ones; a code that is the parent of later codes,
/// "1" over "1.a") and items apart.
/// </summary>
public sealed class RowKindClassifier
{
    private readonly AssemblyOptions options;
    private readonly PatternSet totals;

    public RowKindClassifier(AssemblyOptions options)
    {
        this.options = options;
        totals = new PatternSet(options.TotalRowPatterns);
    }

    public RowKind Classify(string label, string? code, bool isBold, IReadOnlyList<string?> codes, bool tableHasPlainRows)
    {
        if (label.Length > 0 && totals.IsMatch(label))
        {
            return RowKind.Total;
        }

        if (!string.IsNullOrEmpty(code) && codes.Any(c => c is not null && c.Length > code.Length && c.StartsWith(code.TrimEnd('.') + ".", StringComparison.Ordinal)))
        {
            return RowKind.Subtotal;
        }

        return options.BoldRowIsSubtotal && isBold && tableHasPlainRows ? RowKind.Subtotal : RowKind.Data;
    }
}
