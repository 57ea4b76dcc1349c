using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;
using Extraction.Pdf.Fonts.Programs;
using Extraction.Pdf.Fonts.Standard14;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Simple;

/// <summary>Builds a <see cref="SimpleFont"/> from a Type1, MMType1, TrueType or Type3 font dictionary.</summary>
internal sealed class SimpleFontLoader
{
    private static readonly TransformMatrix Thousandth = new(0.001, 0, 0, 0.001, 0, 0);

    private readonly IObjectResolver resolver;
    private readonly Func<PdfStream, byte[]> decode;

    public SimpleFontLoader(IObjectResolver resolver, Func<PdfStream, byte[]> decode)
    {
        this.resolver = resolver;
        this.decode = decode;
    }

    public SimpleFont Load(PdfDictionary font, string? subtype, CMap? toUnicode)
    {
        var descriptorDictionary = font.Get<PdfDictionary>("FontDescriptor", resolver);
        var descriptor = FontDescriptor.Read(descriptorDictionary, resolver);
        var name = font.GetName("BaseFont", resolver) ?? descriptor.FontName ?? font.GetName("Name", resolver) ?? "Unknown";
        var program = EmbeddedFontFile.Locate(descriptorDictionary, resolver, decode);
        var kind = Kind(subtype, program);
        var standard = kind == SimpleFontKind.Type3 ? null : Standard14Fonts.Find(name);

        // A standard font that is not embedded is drawn with the reader's own copy, so its metrics win over the descriptor's.
        var nonEmbeddedStandard = program is null ? standard : null;
        var zapfDingbats = name.EndsWith("ZapfDingbats", StringComparison.Ordinal);
        var names = SimpleEncoding.GlyphNames(resolver.Resolve(font["Encoding"]), kind, zapfDingbats, program, nonEmbeddedStandard, resolver, out var differences);
        var unicode = GlyphNameUnicode.Map(names, zapfDingbats, differences);
        if (toUnicode is not null)
        {
            MergeToUnicode(unicode, toUnicode);
        }

        // U+0000 is no text: readers drop it (a name like "uni0000" or a numeric "0" can produce it).
        for (var code = 0; code < 256; code++)
        {
            if (unicode[code] == "\0")
            {
                unicode[code] = null;
            }
        }

        var matrix = kind == SimpleFontKind.Type3 && font.GetNumbers("FontMatrix", resolver) is { Length: 6 } m
            ? new TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
            : Thousandth;
        var widths = Widths(font, names, descriptor, standard, kind);
        var ascent = nonEmbeddedStandard?.Ascent / 1000 ?? descriptor.Ascent ?? standard?.Ascent / 1000 ?? FontDescriptor.DefaultAscent;
        var descent = nonEmbeddedStandard?.Descent / 1000 ?? descriptor.Descent ?? standard?.Descent / 1000 ?? FontDescriptor.DefaultDescent;
        var sizeScale = kind == SimpleFontKind.Type3 ? Type3Size.Scale(names, widths, matrix) : 1;
        var programUnicode = kind == SimpleFontKind.TrueType && program is not null ? SimpleGlyphUnicode.For(program) : null;
        return new SimpleFont(name, unicode, widths, FontStyle.From(name, descriptor), ascent, descent, matrix, sizeScale, programUnicode);
    }

    private static SimpleFontKind Kind(string? subtype, EmbeddedFontFile? program) => program?.Kind switch
    {
        _ when subtype == "Type3" => SimpleFontKind.Type3,
        FontProgramKind.Type1 => SimpleFontKind.Type1,
        FontProgramKind.Cff => SimpleFontKind.Cff,
        FontProgramKind.TrueType => SimpleFontKind.TrueType,
        FontProgramKind.OpenType => SimpleFontKind.OpenType,
        _ => subtype == "TrueType" ? SimpleFontKind.TrueType : SimpleFontKind.Type1,
    };

    /// <summary>ToUnicode entries win; codes it leaves out keep what the encoding gave.</summary>
    private static void MergeToUnicode(string?[] unicode, CMap toUnicode)
    {
        for (var code = 0; code < 256; code++)
        {
            if (toUnicode.GetUnicode(code) is { } text)
            {
                unicode[code] = text;
            }
        }
    }

    /// <summary>
    /// /Widths between /FirstChar and /LastChar, /MissingWidth elsewhere. Without /Widths, the standard font's
    /// metrics by glyph name; for other fonts those of the standard font poppler would substitute.
    /// </summary>
    private double[] Widths(PdfDictionary font, string?[] names, FontDescriptor descriptor, FontMetrics? standard, SimpleFontKind kind)
    {
        var widths = new double[256];
        Array.Fill(widths, descriptor.MissingWidth);
        if (font.Get<PdfArray>("Widths", resolver) is { } array)
        {
            var first = font.GetInt("FirstChar", resolver) is { } f and >= 0 and <= 255 ? f : 0;
            var last = font.GetInt("LastChar", resolver) is { } l and >= 0 and <= 255 ? l : 255;
            for (var code = first; code <= last && code - first < array.Count; code++)
            {
                if (resolver.Resolve(array[code - first]) is PdfNumber width && double.IsFinite(width.Value))
                {
                    widths[code] = width.Value;
                }
            }

            return widths;
        }

        if (kind == SimpleFontKind.Type3)
        {
            return widths;
        }

        var metrics = standard ?? Standard14Fonts.Substitute(descriptor);

        // Some files encode the space as .notdef; every reader still advances by the space's width.
        if (metrics.GetWidth("space") is { } space)
        {
            widths[32] = space;
        }

        for (var code = 0; code < 256; code++)
        {
            if (names[code] is { } glyph && metrics.GetWidth(glyph) is { } width)
            {
                widths[code] = width;
            }
        }

        return widths;
    }
}
