namespace Extraction.Pdf.CrossReference;

public enum XrefEntryKind
{
    Free,
    InFile,
    InObjectStream,
}

/// <summary>Where an object lives: a byte offset in the file, or an index inside an object stream.</summary>
public readonly record struct XrefEntry(XrefEntryKind Kind, long Offset, int Generation, int StreamNumber, int IndexInStream)
{
    public static XrefEntry Free(int generation) => new(XrefEntryKind.Free, 0, generation, 0, 0);

    public static XrefEntry AtOffset(long offset, int generation) => new(XrefEntryKind.InFile, offset, generation, 0, 0);

    public static XrefEntry InStream(int streamNumber, int index) => new(XrefEntryKind.InObjectStream, 0, 0, streamNumber, index);
}
