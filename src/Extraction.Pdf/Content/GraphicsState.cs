using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;

namespace Extraction.Pdf.Content;

/// <summary>The parts of the graphics state (ISO 32000-1 §8.4) that text and ruling extraction need. Copied on "q".</summary>
internal sealed class GraphicsState
{
    /// <summary>User space to display space (includes the page's own display transform).</summary>
    public TransformMatrix Ctm { get; set; } = TransformMatrix.Identity;

    public double LineWidth { get; set; } = 1;

    public double CharacterSpacing { get; set; }

    public double WordSpacing { get; set; }

    /// <summary>Tz / 100.</summary>
    public double HorizontalScaling { get; set; } = 1;

    public double Leading { get; set; }

    public IFont? Font { get; set; }

    public int FontKey { get; set; } = -1;


    public double FontSize { get; set; }

    public double Rise { get; set; }

    public int RenderMode { get; set; }

    /// <summary>The text matrix when the state was saved: poppler restores it on Q, so we do too.</summary>
    public TransformMatrix TextMatrix { get; set; } = TransformMatrix.Identity;

    public GraphicsState Copy() => (GraphicsState)MemberwiseClone();
}
