namespace Extraction.Pipeline.Layout;

public enum FurnitureKind
{
    RunningHeader,
    RunningFooter,
    PageNumber,
}

/// <summary>Text repeated in a page margin (running header or footer) or a printed page number, set aside from the body.</summary>
public sealed record PageFurniture(TextSegment Segment, FurnitureKind Kind);
