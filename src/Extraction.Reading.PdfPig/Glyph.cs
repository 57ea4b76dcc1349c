using Extraction.Document;

namespace Extraction.Reading.PdfPig;

/// <summary>
/// One PdfPig letter in display space: where its baseline starts and ends (its advance), its box from the font's
/// ascent to its descent, and the font it is set in.
/// </summary>
internal sealed record Glyph(
    string Text,
    double StartX,
    double StartY,
    double EndX,
    double EndY,
    Box Box,
    double FontSize,
    string FontName,
    bool IsBold,
    bool IsItalic)
{
    /// <summary>Writing direction to the nearest quarter turn: 0 right, 1 down, 2 left, 3 up the displayed page.</summary>
    public int Direction
    {
        get
        {
            var (dx, dy) = (EndX - StartX, EndY - StartY);
            if (Math.Abs(dx) >= Math.Abs(dy))
            {
                return dx >= 0 ? 0 : 2;
            }

            return dy > 0 ? 1 : 3;
        }
    }

    /// <summary>Distance of a point along the writing direction <paramref name="direction"/>.</summary>
    public static double Along(int direction, double x, double y) => direction switch
    {
        0 => x,
        1 => y,
        2 => -x,
        _ => -y,
    };

    /// <summary>Position of a point across the writing direction <paramref name="direction"/> (its baseline).</summary>
    public static double Across(int direction, double x, double y) => direction is 0 or 2 ? y : x;
}
