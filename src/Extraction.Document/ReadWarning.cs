namespace Extraction.Document;

/// <summary>What kind of problem a reader worked around; the same kinds for every back end, so losses can be counted.</summary>
public enum ReadWarningKind
{
    /// <summary>The file's structure was damaged and rebuilt; nothing known to be lost.</summary>
    StructureRepaired,

    /// <summary>An object could not be read and counts as absent.</summary>
    ObjectUnreadable,

    /// <summary>A stream is damaged; what was decoded before the damage was kept.</summary>
    StreamDamaged,

    /// <summary>A stream (content, CMap, font program …) was not used at all.</summary>
    StreamSkipped,

    /// <summary>A safety limit (decoded bytes, operators, depth) stopped reading; what lies beyond it is lost.</summary>
    LimitReached,

    /// <summary>A font could not be loaded; its text is not read.</summary>
    FontUnreadable,

    /// <summary>The page was read only up to a failure.</summary>
    PagePartlyRead,

    /// <summary>Nothing of the page could be read: it is unread, not empty.</summary>
    PageUnread,
}

/// <summary>A problem a reader worked around: its kind, to count losses by, and a message for people.</summary>
public sealed record ReadWarning(ReadWarningKind Kind, string Message);
