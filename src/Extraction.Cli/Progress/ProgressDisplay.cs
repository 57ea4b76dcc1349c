using System.Globalization;
using Spectre.Console;

namespace Extraction.Cli.Progress;

/// <summary>On a terminal: a live progress bar (documents done, failed, pages per second, time left) while the run goes on.</summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, ProgressCounter counter, Func<Task<T>> run)
    {
        return await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("planning", maxValue: 1);
                var work = run();
                while (!work.IsCompleted)
                {
                    Update(task, counter.Snapshot());
                    await Task.WhenAny(work, Task.Delay(250)).ConfigureAwait(false);
                }

                Update(task, counter.Snapshot());
                task.StopTask();
                return await work.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>The run's outcome under the bar (the log lines of information level go to the log file only).</summary>
    public static void Summarize(IAnsiConsole console, Extraction.Batch.BatchSummary s) =>
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{s.Ok} ok, {s.OkWithWarnings} ok with warnings, {(s.Failed > 0 ? $"[red]{s.Failed} failed[/]" : "0 failed")}, {s.Skipped} skipped; {s.Facts} facts; {Markup.Escape(s.Files.RunJson)}"));

    private static void Update(ProgressTask task, ProgressSnapshot s)
    {
        if (s.Total == 0)
        {
            return;
        }

        task.MaxValue = s.Total;
        task.Value = s.Done;
        var remaining = s.Remaining is { } r ? r.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) + " left" : "time left unknown";
        var failed = s.Failed > 0 ? $"[red]{s.Failed} failed[/]" : "0 failed";
        task.Description = string.Create(CultureInfo.InvariantCulture, $"{s.Done}/{s.Total} documents, {failed}, {s.PagesPerSecond:0} pages/s, {remaining}");
    }
}
