using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>One decoding filter (ISO 32000-1 §7.4).</summary>
public interface IStreamFilter
{
    /// <summary>Decodes <paramref name="input"/>. Damaged input yields what could be decoded before the damage.</summary>
    byte[] Decode(ReadOnlySpan<byte> input, PdfDictionary parameters, ReaderLimits limits);
}
