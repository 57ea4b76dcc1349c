using Extraction.Pdf.Core;

namespace Extraction.Pdf.Content;

/// <summary>The text matrix and text line matrix of the current BT…ET object (ISO 32000-1 §9.4.2).</summary>
internal sealed class TextObjectState
{
    public TransformMatrix Matrix { get; set; } = TransformMatrix.Identity;

    public TransformMatrix LineMatrix { get; set; } = TransformMatrix.Identity;

    public void Begin()
    {
        Matrix = TransformMatrix.Identity;
        LineMatrix = TransformMatrix.Identity;
    }

    public void SetMatrix(TransformMatrix matrix)
    {
        Matrix = matrix;
        LineMatrix = matrix;
    }

    /// <summary>Td: start the next line offset from the start of the current one.</summary>
    public void MoveLine(double tx, double ty) => SetMatrix(TransformMatrix.Translation(tx, ty).Then(LineMatrix));

    /// <summary>Advances the text matrix along the baseline after a glyph or a TJ adjustment.</summary>
    public void Advance(double tx, double ty) => Matrix = TransformMatrix.Translation(tx, ty).Then(Matrix);
}
