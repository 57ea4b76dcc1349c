using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>Runs a stream's filter chain. Image codecs are not decoded: text extraction never needs pixels.</summary>
public static class StreamDecoder
{
    private static readonly Dictionary<string, IStreamFilter> Filters = new()
    {
        ["FlateDecode"] = new FlateFilter(),
        ["Fl"] = new FlateFilter(),
    };

    private static readonly HashSet<string> ImageFilters =
        ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"];

    /// <summary>Decodes already-decrypted bytes of <paramref name="stream"/>.</summary>
    public static byte[] Decode(PdfStream stream, ReadOnlySpan<byte> data, IObjectResolver resolver, ReaderLimits limits)
    {
        var filters = resolver.Resolve(stream.Dictionary["Filter"] ?? stream.Dictionary["F"]);
        var parameters = resolver.Resolve(stream.Dictionary["DecodeParms"] ?? stream.Dictionary["DP"]);
        var names = filters switch
        {
            PdfName name => [name.Value],
            PdfArray array => array.Select(item => (resolver.Resolve(item) as PdfName)?.Value ?? string.Empty).ToArray(),
            _ => Array.Empty<string>(),
        };

        var current = data.ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            if (ImageFilters.Contains(names[i]) || names[i] == "Crypt")
            {
                // Crypt with the identity filter is a no-op; image codecs are left encoded on purpose.
                continue;
            }

            if (!Filters.TryGetValue(names[i], out var filter))
            {
                throw new PdfReadException(PdfErrorCode.Corrupt, $"Unknown stream filter /{names[i]}.");
            }

            var filterParameters = parameters switch
            {
                PdfDictionary single when i == 0 || names.Length == 1 => single,
                PdfArray perFilter => perFilter.Get<PdfDictionary>(i, resolver) ?? PdfDictionary.Empty,
                _ => PdfDictionary.Empty,
            };
            current = filter.Decode(current, filterParameters, limits);
        }

        return current;
    }
}
