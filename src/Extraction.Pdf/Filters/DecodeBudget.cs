using Extraction.Pdf.Core;

namespace Extraction.Pdf.Filters;

/// <summary>
/// The decoded bytes one document may still produce, shared by every stream it decodes (content, fonts, CMaps, object
/// and cross-reference streams), and the token that stops decoding. A stream is charged as it grows, before its bytes
/// are allocated, so no file can make the reader hold more than the budget whatever sizes it claims.
/// </summary>
public sealed class DecodeBudget
{
    /// <summary>Bytes charged between two looks at the cancellation token: often enough to stop quickly, rare enough to cost nothing.</summary>
    private const int CancellationStride = 64 * 1024;

    private long sinceCancellationCheck;

    public DecodeBudget(long limit, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        Limit = limit;
        Cancellation = cancellation;
    }

    /// <summary>The bytes the document may decode in all.</summary>
    public long Limit { get; }

    /// <summary>The bytes decoded so far.</summary>
    public long Used { get; private set; }

    public long Remaining => Limit - Used;

    public CancellationToken Cancellation { get; }

    /// <summary>A budget without a bound, for decoding outside a document (tests, tools).</summary>
    public static DecodeBudget Unbounded() => new(long.MaxValue);

    /// <summary>Gives back bytes charged for output that was thrown away and will be decoded again.</summary>
    internal void Refund(long bytes) => Used = Math.Max(0, Used - bytes);

    /// <summary>Counts <paramref name="bytes"/> more decoded bytes; refuses them, typed, when the budget cannot cover them.</summary>
    public void Charge(long bytes)
    {
        if (bytes > Remaining)
        {
            throw new PdfReadException(
                PdfErrorCode.LimitExceeded,
                $"The document's streams decode to more than {Limit} bytes in all (ReaderLimits.MaxDecodedBytesPerDocument).");
        }

        Used += bytes;
        sinceCancellationCheck += bytes;
        if (sinceCancellationCheck >= CancellationStride)
        {
            sinceCancellationCheck = 0;
            Cancellation.ThrowIfCancellationRequested();
        }
    }
}
