using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Content;

/// <summary>Loads each font resource once per document and gives it a small key that letters carry.</summary>
internal sealed class FontCache
{
    private readonly FontFactory factory;
    private readonly Dictionary<object, (IFont? Font, int Key)> fonts = new();
    private readonly List<ReaderWarning> warnings;

    public FontCache(FontFactory factory, List<ReaderWarning> warnings)
    {
        this.factory = factory;
        this.warnings = warnings;
    }

    /// <summary>The font for a /Font resource value (reference or direct dictionary); null when it cannot be loaded.</summary>
    public (IFont? Font, int Key) Get(PdfObject? value, IObjectResolver resolver)
    {
        object identity = value is PdfReference reference ? reference.Id : value ?? (object)PdfNull.Instance;
        if (fonts.TryGetValue(identity, out var known))
        {
            return known;
        }

        IFont? font = null;
        if (resolver.Resolve(value) is PdfDictionary dictionary)
        {
            try
            {
                font = factory.Create(dictionary);
            }
            catch (PdfReadException ex) when (ex.Code != PdfErrorCode.PasswordRequired)
            {
                warnings.Add(new ReaderWarning(ReaderWarningKind.FontUnreadable, $"Font {value} could not be loaded: {ex.Message}"));
            }
        }

        var entry = (font, fonts.Count);
        fonts[identity] = entry;
        return entry;
    }
}
