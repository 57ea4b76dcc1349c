using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.CMaps;
using Extraction.Pdf.Fonts.Composite;
using Extraction.Pdf.Fonts.Simple;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts;

/// <summary>Builds an <see cref="IFont"/> from a font dictionary.</summary>
internal sealed class FontFactory
{
    private readonly IObjectResolver resolver;
    private readonly Func<PdfStream, byte[]> decode;
    private readonly SimpleFontLoader simple;
    private readonly CompositeFontLoader composite;

    public FontFactory(IObjectResolver resolver, Func<PdfStream, byte[]> decode)
    {
        this.resolver = resolver;
        this.decode = decode;
        simple = new SimpleFontLoader(resolver, decode);
        composite = new CompositeFontLoader(resolver, decode);
    }

    public IFont Create(PdfDictionary font)
    {
        var subtype = font.GetName("Subtype", resolver);
        var toUnicode = ToUnicode(font);
        return subtype == "Type0" ? composite.Load(font, toUnicode) : simple.Load(font, subtype, toUnicode);
    }

    /// <summary>
    /// The ToUnicode CMap; one that cannot be decoded or maps nothing counts as absent, as in poppler. One written with
    /// CID mappings instead of character mappings gives the CIDs as Unicode values, again as poppler reads it.
    /// </summary>
    private CMap? ToUnicode(PdfDictionary font)
    {
        if (resolver.Resolve(font["ToUnicode"]) is not PdfStream stream)
        {
            return null;
        }

        try
        {
            var cmap = CMapParser.Parse(decode(stream));
            if (!cmap.HasUnicode && cmap.HasCidMappings)
            {
                cmap = cmap.WithCidsAsUnicode();
            }

            return cmap.HasUnicode ? cmap : null;
        }
        catch (PdfReadException ex) when (ex.Code != PdfErrorCode.PasswordRequired)
        {
            return null;
        }
    }
}
