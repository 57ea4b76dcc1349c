namespace Extraction.Tests.Support;

/// <summary>
/// A budget table set word by word on a synthetic page: labels from x = 60, three columns of figures right-aligned at
/// 300, 370 and 440 under "R24", "B25" and "Skøn 26".
/// </summary>
internal static class SyntheticTable
{
    public const double Label = 60;

    public static readonly double[] Columns = [300, 370, 440];

    /// <summary>The header line at <paramref name="y"/>, with the unit "I 1.000 kr." over the labels unless told not to.</summary>
    public static void Header(SyntheticDocument document, double y, bool unit = true)
    {
        if (unit)
        {
            document.Left(Label, y, "I 1.000 kr.", bold: true);
        }

        document.Right(Columns[0], y, "R24", bold: true).Right(Columns[1], y, "B25", bold: true).Right(Columns[2], y, "Skøn 26", bold: true);
    }

    /// <summary>A row: its label and its figures (null: a blank cell) on the line at <paramref name="y"/>.</summary>
    public static void Row(SyntheticDocument document, double y, string label, params string?[] values)
    {
        document.Left(Label, y, label);
        Numbers(document, y, values);
    }

    /// <summary>Figures alone on the line at <paramref name="y"/>, column by column (null: a blank cell).</summary>
    public static void Numbers(SyntheticDocument document, double y, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                document.Right(Columns[i], y, value);
            }
        }
    }
}
