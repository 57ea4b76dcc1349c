namespace Extraction.Pipeline.Tables.General;

/// <summary>One way of finding table candidates on a page; detectors run in turn, each on the lines the earlier ones left.</summary>
public interface ITableRegionDetector
{
    IReadOnlyList<GeneralRegion> Detect(PageEvidence evidence);
}
