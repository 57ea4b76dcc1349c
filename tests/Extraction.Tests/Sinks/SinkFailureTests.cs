using Extraction.Batch.Sinks;
using Extraction.Batch;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Sinks;

/// <summary>A sink that cannot take a document fails that document (SinkError), and the next run loads it again.</summary>
[TestFixture]
public sealed class SinkFailureTests
{
    [Test]
    public void A_document_the_sink_refuses_fails_with_SinkError_and_is_not_skipped_next_time()
    {
        using var inputs = new TemporaryFolder();
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), inputs["refused.pdf"]);
        File.Copy(Corpus.Pdf("001_3fb77736774634ba"), inputs["taken.pdf"]);
        using var output = new TemporaryFolder();
        var sink = new RecordingSink("refused.pdf");

        var first = Batches.Run([inputs.Path], output.Path, sinks: [sink]);
        var second = Batches.Run([inputs.Path], output.Path, sinks: [sink]);

        Assert.That(first.Entry("refused.pdf").Error?.Code, Is.EqualTo("SinkError"));
        Assert.That(first.Entry("refused.pdf").Error?.Message, Does.Contain("recording: no room"));
        Assert.That(first.Entry("taken.pdf").Status, Is.EqualTo(DocumentStatus.OkWithWarnings));
        Assert.That(second.Entry("refused.pdf").Error?.Code, Is.EqualTo("SinkError"), "tried again, not skipped");
        Assert.That(second.Entry("taken.pdf").Status, Is.EqualTo(DocumentStatus.Skipped));
        Assert.That(sink.Loaded, Is.EqualTo(new[] { "taken.pdf" }));
    }

    /// <summary>Keeps what it is given, in memory, except one file it refuses.</summary>
    private sealed class RecordingSink(string refused) : IDocumentSink
    {
        private readonly Dictionary<string, (string Fingerprint, string File)> held = [];

        public string Name => "recording";

        public IEnumerable<string> Loaded => held.Values.Select(v => v.File);

        public Task PrepareAsync(CancellationToken cancellation) => Task.CompletedTask;

        public Task<IReadOnlyDictionary<string, string>> FingerprintsAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellation)
        {
            lock (held)
            {
                return Task.FromResult<IReadOnlyDictionary<string, string>>(held.Where(h => sha256s.Contains(h.Key)).ToDictionary(h => h.Key, h => h.Value.Fingerprint));
            }
        }

        public Task WriteAsync(DocumentRecord record, CancellationToken cancellation)
        {
            if (record.Entry.FileName == refused)
            {
                throw new InvalidOperationException("no room");
            }

            lock (held)
            {
                held[record.Sha256] = (record.Fingerprint, record.Entry.FileName);
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
