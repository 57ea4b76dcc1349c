using Extraction.Pdf.Graphics;
using Extraction.Pdf.Parsing;

namespace Extraction.Pdf.Document;

/// <summary>How a document is opened and read.</summary>
public sealed record ReadOptions
{
    public static readonly ReadOptions Default = new();

    /// <summary>User or owner password for encrypted files; the empty password is always tried.</summary>
    public string? Password { get; init; }

    public ReaderLimits Limits { get; init; } = new();

    public RulingOptions Rulings { get; init; } = new();

    /// <summary>
    /// Stops reading: checked while tokenizing, interpreting content and decoding streams, so even one huge page ends
    /// promptly with an <see cref="OperationCanceledException"/>.
    /// </summary>
    public CancellationToken Cancellation { get; init; }
}
