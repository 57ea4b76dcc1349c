namespace Extraction.Pdf.Core;

/// <summary>Why a document (or part of it) could not be read. Stable codes: batch outputs and logs carry them.</summary>
public enum PdfErrorCode
{
    /// <summary>The input has no bytes.</summary>
    EmptyFile,

    /// <summary>No <c>%PDF-</c> header and no PDF objects: the input is something else.</summary>
    NotAPdf,

    /// <summary>The file ends before its structure does and nothing usable could be recovered.</summary>
    Truncated,

    /// <summary>The structure is damaged beyond recovery.</summary>
    Corrupt,

    /// <summary>The document is encrypted and the given (or empty) password does not open it.</summary>
    PasswordRequired,

    /// <summary>The document uses an encryption scheme this reader does not implement.</summary>
    UnsupportedEncryption,

    /// <summary>A configured safety limit (size, depth, count) was exceeded.</summary>
    LimitExceeded,

    /// <summary>The requested page does not exist.</summary>
    PageOutOfRange,
}
