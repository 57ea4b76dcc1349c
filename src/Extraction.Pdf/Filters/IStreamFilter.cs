using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Filters;

/// <summary>One decoding filter (ISO 32000-1 §7.4).</summary>
public interface IStreamFilter
{
    /// <summary>
    /// Decodes <paramref name="input"/>. Damaged input yields what could be decoded before the damage and sets
    /// <paramref name="damaged"/>, so the reader can say that the stream was read only in part.
    /// </summary>
    byte[] Decode(ReadOnlyMemory<byte> input, PdfDictionary parameters, ReaderLimits limits, DecodeBudget budget, out bool damaged);
}
