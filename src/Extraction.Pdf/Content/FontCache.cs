using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Content;

/// <summary>A loaded font resource: the font (null when it could not be loaded), its key, and how text measures it.</summary>
internal sealed record FontResource(IFont? Font, int Key, bool IsType3, double SizeFactor);

/// <summary>Loads each font resource once per document and gives it a small key that letters carry.</summary>
internal sealed class FontCache
{
    private readonly FontFactory factory;
    private readonly Dictionary<object, FontResource> fonts = new();
    private readonly List<string> warnings;

    public FontCache(FontFactory factory, List<string> warnings)
    {
        this.factory = factory;
        this.warnings = warnings;
    }

    /// <summary>The font for a /Font resource value (reference or direct dictionary).</summary>
    public FontResource Get(PdfObject? value, IObjectResolver resolver)
    {
        object identity = value is PdfReference reference ? reference.Id : value ?? (object)PdfNull.Instance;
        if (fonts.TryGetValue(identity, out var known))
        {
            return known;
        }

        IFont? font = null;
        var isType3 = false;
        var sizeFactor = 1.0;
        if (resolver.Resolve(value) is PdfDictionary dictionary)
        {
            try
            {
                font = factory.Create(dictionary);
                isType3 = dictionary.GetName("Subtype", resolver) == "Type3";
                sizeFactor = isType3 ? Type3FontScale.Factor(dictionary, resolver) : 1;
            }
            catch (PdfReadException ex) when (ex.Code != PdfErrorCode.PasswordRequired)
            {
                warnings.Add($"Font {value} could not be loaded: {ex.Message}");
            }
        }

        var entry = new FontResource(font, fonts.Count, isType3, sizeFactor);
        fonts[identity] = entry;
        return entry;
    }
}
