using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Spectre.Console;

namespace Extraction.Cli.Logging;

/// <summary>Writes log lines through Spectre's console, so they appear above a live progress bar instead of tearing it.</summary>
internal sealed class AnsiConsoleSink(IAnsiConsole console) : ILogEventSink
{
    private readonly MessageTemplateTextFormatter formatter = new(RunLogging.ConsoleTemplate, System.Globalization.CultureInfo.InvariantCulture);

    public void Emit(LogEvent logEvent)
    {
        using var text = new StringWriter();
        formatter.Format(logEvent, text);
        var style = logEvent.Level >= LogEventLevel.Error ? new Style(Color.Red) : logEvent.Level == LogEventLevel.Warning ? new Style(Color.Yellow) : Style.Plain;
        console.Write(new Text(text.ToString(), style));
    }
}
