using Extraction.Pdf.Core;

namespace Extraction.Pdf.Document;

/// <summary>Maps default user space to display space: origin at the top-left of the MediaBox as displayed after /Rotate, y downward.</summary>
internal static class DisplayTransform
{
    public static int NormalizeRotation(int rotate) => ((rotate % 360) + 360) % 360 / 90 * 90;

    public static TransformMatrix For(double[] mediaBox, int rotation)
    {
        var (x0, y0, x1, y1) = (mediaBox[0], mediaBox[1], mediaBox[2], mediaBox[3]);
        return rotation switch
        {
            90 => new TransformMatrix(0, 1, 1, 0, -y0, -x0),
            180 => new TransformMatrix(-1, 0, 0, 1, x1, -y0),
            270 => new TransformMatrix(0, -1, -1, 0, y1, x1),
            _ => new TransformMatrix(1, 0, 0, -1, -x0, y1),
        };
    }

    public static (double Width, double Height) Size(double[] mediaBox, int rotation)
    {
        var width = mediaBox[2] - mediaBox[0];
        var height = mediaBox[3] - mediaBox[1];
        return rotation is 90 or 270 ? (height, width) : (width, height);
    }
}
