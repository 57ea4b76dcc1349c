using Extraction.Pdf.Core;
using Extraction.Pdf.Fonts.Programs.Cff;
using Extraction.Pdf.Fonts.Programs.TrueType;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Fonts.Programs;

/// <summary>The kind of font program a descriptor embeds, by the key that holds it (ISO 32000-1 §9.9, Table 126).</summary>
internal enum FontProgramKind
{
    /// <summary>/FontFile: a Type 1 program.</summary>
    Type1,

    /// <summary>/FontFile2: a TrueType program.</summary>
    TrueType,

    /// <summary>/FontFile3 with /Subtype /Type1C or /CIDFontType0C: a bare CFF program.</summary>
    Cff,

    /// <summary>/FontFile3 with /Subtype /OpenType.</summary>
    OpenType,
}

/// <summary>
/// A font program embedded in the PDF, decoded and parsed only when asked and only once. A program that cannot be
/// decoded or parsed reads as absent: the font then relies on what its dictionary says.
/// </summary>
internal sealed class EmbeddedFontFile
{
    private readonly PdfStream stream;
    private readonly Func<PdfStream, byte[]> decode;
    private byte[]? data;
    private bool decoded;
    private string?[]? type1Encoding;
    private bool type1Read;
    private CffFont? cff;
    private bool cffRead;
    private TrueTypeFont? trueType;
    private bool trueTypeRead;

    private EmbeddedFontFile(FontProgramKind kind, PdfStream stream, Func<PdfStream, byte[]> decode)
    {
        Kind = kind;
        this.stream = stream;
        this.decode = decode;
    }

    public FontProgramKind Kind { get; }

    /// <summary>The program in a descriptor, or null when it embeds none.</summary>
    public static EmbeddedFontFile? Locate(PdfDictionary? descriptor, IObjectResolver resolver, Func<PdfStream, byte[]> decode)
    {
        if (descriptor is null)
        {
            return null;
        }

        if (descriptor.Get<PdfStream>("FontFile", resolver) is { } type1)
        {
            return new EmbeddedFontFile(FontProgramKind.Type1, type1, decode);
        }

        if (descriptor.Get<PdfStream>("FontFile2", resolver) is { } trueType)
        {
            return new EmbeddedFontFile(FontProgramKind.TrueType, trueType, decode);
        }

        if (descriptor.Get<PdfStream>("FontFile3", resolver) is { } other)
        {
            var kind = other.Dictionary.GetName("Subtype", resolver) == "OpenType" ? FontProgramKind.OpenType : FontProgramKind.Cff;
            return new EmbeddedFontFile(kind, other, decode);
        }

        return null;
    }

    /// <summary>The encoding built into a Type 1 or CFF program (glyph name per code), or null.</summary>
    public string?[]? BuiltInEncoding => Kind switch
    {
        FontProgramKind.Type1 => Type1Encoding(),
        FontProgramKind.Cff => Cff?.Encoding,
        _ => null,
    };

    /// <summary>The CFF program: a bare one, or the 'CFF ' table of an OpenType font.</summary>
    public CffFont? Cff
    {
        get
        {
            if (!cffRead)
            {
                cffRead = true;
                // Producers mislabel programs, so an sfnt wrapper is recognised by its bytes, not by the key.
                var program = Data is { } raw && TrueTypeFont.LooksLikeSfnt(raw) ? TrueType?.Cff : Data;
                cff = program is { } bytes ? Parse(() => CffFont.Parse(bytes)) : null;
            }

            return cff;
        }
    }

    /// <summary>The sfnt tables of a TrueType or OpenType program.</summary>
    public TrueTypeFont? TrueType
    {
        get
        {
            if (!trueTypeRead)
            {
                trueTypeRead = true;
                trueType = Data is { } bytes && TrueTypeFont.LooksLikeSfnt(bytes)
                    ? Parse(() => TrueTypeFont.Parse(bytes))
                    : null;
            }

            return trueType;
        }
    }

    private byte[]? Data
    {
        get
        {
            if (!decoded)
            {
                decoded = true;
                try
                {
                    data = decode(stream);
                }
                catch (PdfReadException ex) when (ex.Code != PdfErrorCode.PasswordRequired)
                {
                    data = null;
                }
            }

            return data;
        }
    }

    private string?[]? Type1Encoding()
    {
        if (!type1Read)
        {
            type1Read = true;
            type1Encoding = Data is { } bytes ? Type1Program.ReadEncoding(bytes) : null;
        }

        return type1Encoding;
    }

    private static T? Parse<T>(Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (FontFormatException)
        {
            return null;
        }
    }
}
