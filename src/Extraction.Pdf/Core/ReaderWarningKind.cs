namespace Extraction.Pdf.Core;

/// <summary>What kind of problem the reader worked around; stable names, so callers can count losses by kind.</summary>
public enum ReaderWarningKind
{
    /// <summary>The cross-reference data or page tree was damaged and rebuilt; nothing known to be lost.</summary>
    StructureRepaired,

    /// <summary>An indirect object could not be read and counts as null.</summary>
    ObjectUnreadable,

    /// <summary>A stream is damaged; the bytes decoded before the damage were kept.</summary>
    StreamDamaged,

    /// <summary>A stream (a content stream, CMap, font program…) was not used at all.</summary>
    StreamSkipped,

    /// <summary>A safety limit (decode budget, operators, letters, depth) stopped reading; what lies beyond it is lost.</summary>
    LimitReached,

    /// <summary>A font could not be loaded; its text is not read.</summary>
    FontUnreadable,

    /// <summary>The page was read only up to a failure: letters after it are missing.</summary>
    PagePartlyRead,

    /// <summary>Nothing of the page's content could be read: the page is not empty, it is unread.</summary>
    PageUnread,
}
