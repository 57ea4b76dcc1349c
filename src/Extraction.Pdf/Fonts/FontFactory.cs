using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts;

/// <summary>Builds an <see cref="IFont"/> from a font dictionary.</summary>
internal sealed class FontFactory
{
    private static readonly TransformMatrix Thousandth = new(0.001, 0, 0, 0.001, 0, 0);

    private readonly IObjectResolver resolver;
    private readonly Func<Objects.PdfStream, byte[]> decode;

    public FontFactory(IObjectResolver resolver, Func<Objects.PdfStream, byte[]> decode)
    {
        this.resolver = resolver;
        this.decode = decode;
    }

    public IFont Create(PdfDictionary font)
    {
        var subtype = font.GetName("Subtype", resolver);
        return subtype == "Type0" ? CreateComposite(font) : CreateSimple(font, subtype);
    }

    private IFont CreateComposite(PdfDictionary font)
    {
        var descendant = font.Get<PdfArray>("DescendantFonts", resolver)?.Get<PdfDictionary>(0, resolver) ?? PdfDictionary.Empty;
        var descriptor = FontDescriptor.Read(descendant.Get<PdfDictionary>("FontDescriptor", resolver), resolver);
        var encodingObject = resolver.Resolve(font["Encoding"]);
        CMap? encoding = null;
        var vertical = false;
        switch (encodingObject)
        {
            case PdfName predefined:
                vertical = predefined.Value.EndsWith("-V", StringComparison.Ordinal);
                break;
            case PdfStream stream:
                encoding = CMapParser.Parse(decode(stream));
                vertical = encoding.WritingMode == 1;
                break;
        }

        var name = font.GetName("BaseFont", resolver) ?? descendant.GetName("BaseFont", resolver) ?? "Unknown";
        return new Type0Font(name, encoding, vertical, ToUnicode(font), new CidWidths(descendant, resolver), descriptor, _ => null);
    }

    private IFont CreateSimple(PdfDictionary font, string? subtype)
    {
        var descriptor = FontDescriptor.Read(font.Get<PdfDictionary>("FontDescriptor", resolver), resolver);
        var firstChar = font.GetInt("FirstChar", resolver) ?? 0;
        var widthValues = font.GetNumbers("Widths", resolver);
        Func<int, double?> widths = code =>
            widthValues is not null && code - firstChar >= 0 && code - firstChar < widthValues.Length ? widthValues[code - firstChar] : null;
        var glyphNames = new string?[256];
        if (resolver.Resolve(font["Encoding"]) is PdfDictionary encoding && encoding.Get<PdfArray>("Differences", resolver) is { } differences)
        {
            var code = 0;
            foreach (var item in differences.Select(resolver.Resolve))
            {
                if (item is PdfNumber n)
                {
                    code = n.IntValue;
                }
                else if (item is PdfName glyph && code is >= 0 and < 256)
                {
                    glyphNames[code++] = glyph.Value;
                }
            }
        }

        var matrix = subtype == "Type3" && font.GetNumbers("FontMatrix", resolver) is { Length: 6 } m
            ? new TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
            : Thousandth;
        var name = font.GetName("BaseFont", resolver) ?? font.GetName("Name", resolver) ?? "Unknown";
        return new SimpleFont(name, glyphNames, ToUnicode(font), widths, descriptor, matrix);
    }

    private CMap? ToUnicode(PdfDictionary font)
    {
        if (resolver.Resolve(font["ToUnicode"]) is not PdfStream stream)
        {
            return null;
        }

        var cmap = CMapParser.Parse(decode(stream));
        return cmap.HasUnicode ? cmap : null;
    }
}
