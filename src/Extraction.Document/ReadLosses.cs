namespace Extraction.Document;

/// <summary>
/// Content a reader could not read in a document, counted so a loss is never silent: a document with any of it is
/// not a clean result.
/// </summary>
/// <param name="PagesUnread">Pages of which nothing could be read.</param>
/// <param name="PagesPartlyRead">Pages read only up to a failure.</param>
/// <param name="StreamsSkipped">Streams not read for damage or a limit (each problem counted once, however many pages it touched).</param>
public sealed record ReadLosses(int PagesUnread, int PagesPartlyRead, int StreamsSkipped)
{
    public static readonly ReadLosses None = new(0, 0, 0);

    public bool Any => PagesUnread > 0 || PagesPartlyRead > 0 || StreamsSkipped > 0;

    public static ReadLosses Of(DocumentText text)
    {
        var streams = text.ReadWarnings
            .Concat(text.Pages.SelectMany(p => p.ReadWarnings))
            .Where(w => w.Kind is ReadWarningKind.StreamSkipped or ReadWarningKind.LimitReached)
            .Distinct()
            .Count();
        return new ReadLosses(
            text.Pages.Count(p => p.IsUnread),
            text.Pages.Count(p => !p.IsUnread && p.ReadWarnings.Any(w => w.Kind == ReadWarningKind.PagePartlyRead)),
            streams);
    }
}
