using Polly.Timeout;
using Polly;

namespace Extraction.Batch;

/// <summary>
/// Runs the work on one document on a thread of its own under a time limit (Polly's timeout). At the limit the
/// work's token is cancelled, which stops the pipeline at its next page or stage boundary; the batch does not wait
/// for that: it records the document as timed out at once and goes on. Work stuck inside a single page cannot be
/// stopped in-process; its thread is abandoned (a background thread, it does not keep the process alive) and
/// <see cref="Abandoned"/> counts it. The reader's limits bound the work per page, so this is the last resort.
/// </summary>
public sealed class DocumentIsolation
{
    private readonly ResiliencePipeline timeout;
    private int abandoned;

    public DocumentIsolation(TimeSpan limit)
    {
        Limit = limit;
        timeout = new ResiliencePipelineBuilder().AddTimeout(limit).Build();
    }

    public TimeSpan Limit { get; }

    /// <summary>Documents whose work was still running when the run moved on.</summary>
    public int Abandoned => Volatile.Read(ref abandoned);

    /// <summary>The work's result; <see cref="TimeoutRejectedException"/> past the limit.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, T> work, CancellationToken cancellation)
    {
        return await timeout.ExecuteAsync(
            async token =>
            {
                var task = Task.Factory.StartNew(() => work(token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                try
                {
                    return await task.WaitAsync(token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!task.IsCompleted)
                {
                    Interlocked.Increment(ref abandoned);
                    _ = task.ContinueWith(_ => Interlocked.Decrement(ref abandoned), TaskScheduler.Default);
                    throw;
                }
            },
            cancellation).ConfigureAwait(false);
    }
}
