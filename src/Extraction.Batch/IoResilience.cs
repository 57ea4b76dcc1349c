using Polly.Retry;
using Polly;
using Serilog;

namespace Extraction.Batch;

/// <summary>
/// Retries, with exponential back-off, an I/O error that may pass (a busy or briefly unavailable share, a full
/// buffer): reading an input, writing an output. Errors that will not pass are not retried: a missing file, no
/// permission, and the typed errors of the reader.
/// </summary>
public static class IoResilience
{
    public static ResiliencePipeline Create(BatchOptions options, ILogger log)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.IoRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>(IsTransient),
                MaxRetryAttempts = options.IoRetries,
                Delay = TimeSpan.FromMilliseconds(options.IoRetryDelayMs),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    log.Warning(
                        args.Outcome.Exception,
                        "Transient I/O error, retry {Attempt} in {DelayMs:0} ms: {Message}",
                        args.AttemptNumber + 1,
                        args.RetryDelay.TotalMilliseconds,
                        args.Outcome.Exception?.Message);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    public static bool IsTransient(IOException ex) =>
        ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException or EndOfStreamException);
}
