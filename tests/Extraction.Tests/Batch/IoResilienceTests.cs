using Extraction.Batch;
using Serilog;

namespace Extraction.Tests.Batch;

/// <summary>Transient I/O errors are retried with back-off; errors that will not pass are not.</summary>
[TestFixture]
public sealed class IoResilienceTests
{
    private static readonly BatchOptions Options = new() { IoRetries = 3, IoRetryDelayMs = 1 };

    [Test]
    public void A_transient_error_is_retried_until_it_passes()
    {
        var attempts = 0;

        var result = IoResilience.Create(Options, new LoggerConfiguration().CreateLogger()).Execute(() =>
            ++attempts < 3 ? throw new IOException("Resource temporarily unavailable") : "read");

        Assert.That((result, attempts), Is.EqualTo(("read", 3)));
    }

    [Test]
    public void A_lasting_error_gives_up_after_the_retries()
    {
        var attempts = 0;

        Assert.Throws<IOException>(() => IoResilience.Create(Options, new LoggerConfiguration().CreateLogger()).Execute(() =>
        {
            attempts++;
            throw new IOException("Input/output error");
        }));
        Assert.That(attempts, Is.EqualTo(4));
    }

    [Test]
    public void A_missing_file_is_not_retried()
    {
        var attempts = 0;

        Assert.Throws<FileNotFoundException>(() => IoResilience.Create(Options, new LoggerConfiguration().CreateLogger()).Execute(() =>
        {
            attempts++;
            throw new FileNotFoundException("gone");
        }));
        Assert.That(attempts, Is.EqualTo(1));
    }
}
