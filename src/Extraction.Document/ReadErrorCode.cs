namespace Extraction.Document;

/// <summary>
/// Why a reader could not read a document. Every back end maps its own failures to these, so a run's error codes do
/// not depend on which PDF library read the file.
/// </summary>
public enum ReadErrorCode
{
    /// <summary>The file has no bytes.</summary>
    EmptyFile,

    /// <summary>The bytes are not a PDF.</summary>
    NotAPdf,

    /// <summary>The file ends before its data does.</summary>
    Truncated,

    /// <summary>The file is damaged beyond what the reader can work around.</summary>
    Corrupt,

    /// <summary>The file is encrypted and no (or a wrong) password was given.</summary>
    PasswordRequired,

    /// <summary>The file uses a security handler the reader does not support.</summary>
    UnsupportedEncryption,

    /// <summary>The file exceeds one of the reader's limits (size, nesting, decoded bytes …).</summary>
    LimitExceeded,

    /// <summary>The file does not exist.</summary>
    FileNotFound,

    /// <summary>The file exists but cannot be read (permissions, a folder, an I/O error).</summary>
    Unreadable,
}
