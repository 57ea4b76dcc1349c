using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;
using Extraction.Pdf.Fonts.Programs;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Composite;

/// <summary>Builds a <see cref="Type0Font"/> from a Type0 font dictionary and its descendant CIDFont.</summary>
internal sealed class CompositeFontLoader
{
    /// <summary>/UseCMap chains of embedded CMaps are short; a longer one is a loop.</summary>
    private const int MaxUseCMapDepth = 8;

    private readonly IObjectResolver resolver;
    private readonly Func<PdfStream, byte[]> decode;

    public CompositeFontLoader(IObjectResolver resolver, Func<PdfStream, byte[]> decode)
    {
        this.resolver = resolver;
        this.decode = decode;
    }

    public Type0Font Load(PdfDictionary font, CMap? toUnicode)
    {
        var descendant = font.Get<PdfArray>("DescendantFonts", resolver)?.Get<PdfDictionary>(0, resolver) ?? PdfDictionary.Empty;
        var descriptorDictionary = descendant.Get<PdfDictionary>("FontDescriptor", resolver);
        var descriptor = FontDescriptor.Read(descriptorDictionary, resolver);
        var name = font.GetName("BaseFont", resolver) ?? descendant.GetName("BaseFont", resolver) ?? descriptor.FontName ?? "Unknown";
        var encoding = EncodingCMap(resolver.Resolve(font["Encoding"]), 0);
        var cidUnicode = toUnicode is null && !encoding.KnowsCodeText
            ? CidUnicode.For(descendant, descriptorDictionary, Collection(descendant), resolver, decode)
            : _ => null;
        return new Type0Font(
            name,
            encoding,
            toUnicode,
            new CidWidths(descendant, resolver),
            new VerticalMetrics(descendant, resolver),
            FontStyle.From(name, descriptor),
            descriptor.Ascent ?? FontDescriptor.DefaultAscent,
            descriptor.Descent ?? FontDescriptor.DefaultDescent,
            cidUnicode);
    }

    /// <summary>The encoding CMap: a predefined name or an embedded stream (with /UseCMap). Unknown names read as Identity-H.</summary>
    private CMap EncodingCMap(PdfObject value, int depth)
    {
        switch (value)
        {
            case PdfName name:
                return PredefinedCMaps.Get(name.Value) ?? PredefinedCMaps.Get(name.Value.EndsWith("-V", StringComparison.Ordinal) ? "Identity-V" : "Identity-H")!;
            case PdfStream stream when depth < MaxUseCMapDepth:
                var parent = stream.Dictionary["UseCMap"] is { } used ? EncodingCMap(resolver.Resolve(used), depth + 1) : null;
                try
                {
                    return CMapParser.Parse(decode(stream), parent, PredefinedCMaps.Get);
                }
                catch (PdfReadException ex) when (ex.Code != PdfErrorCode.PasswordRequired)
                {
                    return parent ?? PredefinedCMaps.Get("Identity-H")!;
                }

            default:
                return PredefinedCMaps.Get("Identity-H")!;
        }
    }

    /// <summary>"Registry-Ordering" of /CIDSystemInfo, "Adobe-Identity" when absent or malformed (as poppler assumes).</summary>
    private string Collection(PdfDictionary descendant)
    {
        var info = descendant.Get<PdfDictionary>("CIDSystemInfo", resolver);
        var registry = info?.Get<PdfString>("Registry", resolver)?.Text;
        var ordering = info?.Get<PdfString>("Ordering", resolver)?.Text;
        return registry is null || ordering is null ? "Adobe-Identity" : registry + "-" + ordering;
    }
}
