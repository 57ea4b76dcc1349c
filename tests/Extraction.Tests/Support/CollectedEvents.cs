using Serilog.Core;
using Serilog.Events;

namespace Extraction.Tests.Support;

/// <summary>A Serilog sink that keeps the events written to it, for tests of what a run logs.</summary>
internal sealed class CollectedEvents : ILogEventSink
{
    private readonly List<LogEvent> events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (events)
            {
                return events.ToList();
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (events)
        {
            events.Add(logEvent);
        }
    }
}
