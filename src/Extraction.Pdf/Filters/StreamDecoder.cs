using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>Runs a stream's filter chain. Image codecs are not decoded: text extraction never needs pixels.</summary>
public static class StreamDecoder
{
    private static readonly FlateFilter Flate = new();
    private static readonly LzwFilter Lzw = new();
    private static readonly Ascii85Filter Ascii85 = new();
    private static readonly AsciiHexFilter AsciiHex = new();
    private static readonly RunLengthFilter RunLength = new();

    /// <summary>
    /// Decodes already-decrypted bytes of <paramref name="stream"/>; damage is reported to <paramref name="warnings"/>.
    /// Every byte produced (an unfiltered stream's copy included) is charged to <paramref name="budget"/>; without one, the
    /// stream gets a budget of its own of <see cref="ReaderLimits.MaxDecodedBytesPerDocument"/>.
    /// </summary>
    public static byte[] Decode(PdfStream stream, ReadOnlyMemory<byte> data, IObjectResolver resolver, ReaderLimits limits, ICollection<ReaderWarning>? warnings = null, DecodeBudget? budget = null)
    {
        budget ??= new DecodeBudget(limits.MaxDecodedBytesPerDocument);
        var filters = resolver.Resolve(stream.Dictionary["Filter"] ?? stream.Dictionary["F"]);
        var parameters = resolver.Resolve(stream.Dictionary["DecodeParms"] ?? stream.Dictionary["DP"]);
        var names = filters switch
        {
            PdfName name => [name.Value],
            PdfArray array => array.Select(item => (resolver.Resolve(item) as PdfName)?.Value ?? string.Empty).ToArray(),
            _ => Array.Empty<string>(),
        };

        byte[]? current = null;
        for (var i = 0; i < names.Length; i++)
        {
            var filter = FilterNamed(names[i], out var isImage);
            if (isImage)
            {
                // Image codecs end the chain: what follows them is pixels, which text extraction never needs.
                break;
            }

            if (filter is null)
            {
                // Crypt: decryption happened before decoding (the security handler reads the crypt filter's name).
                continue;
            }

            var filterParameters = parameters switch
            {
                PdfDictionary single when i == 0 || names.Length == 1 => single,
                PdfArray perFilter => perFilter.Get<PdfDictionary>(i, resolver) ?? PdfDictionary.Empty,
                _ => PdfDictionary.Empty,
            };
            current = filter.Decode(current is null ? data : current, filterParameters, limits, budget, out var damaged);
            if (damaged)
            {
                warnings?.Add(new ReaderWarning(ReaderWarningKind.StreamDamaged, $"Stream {stream.Owner?.ToString() ?? "(direct)"} is damaged (/{names[i]}); kept the {current.Length} bytes decoded before the damage."));
            }
        }

        if (current is null)
        {
            budget.Charge(data.Length);
            current = data.ToArray();
        }

        return current;
    }

    /// <summary>The filter a full or abbreviated name stands for; null for Crypt and for image codecs, which are not decoded.</summary>
    private static IStreamFilter? FilterNamed(string name, out bool isImage)
    {
        isImage = false;
        switch (name)
        {
            case "FlateDecode" or "Fl":
                return Flate;
            case "LZWDecode" or "LZW":
                return Lzw;
            case "ASCII85Decode" or "A85":
                return Ascii85;
            case "ASCIIHexDecode" or "AHx":
                return AsciiHex;
            case "RunLengthDecode" or "RL":
                return RunLength;
            case "DCTDecode" or "DCT" or "JPXDecode" or "CCITTFaxDecode" or "CCF" or "JBIG2Decode":
                isImage = true;
                return null;
            case "Crypt":
                return null;
            default:
                throw new PdfReadException(PdfErrorCode.Corrupt, $"Unknown stream filter /{name}.");
        }
    }
}
