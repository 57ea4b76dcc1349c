using Extraction.Batch;
using Extraction.Document;
using Extraction.Reading.Pdf;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>A document that takes too long is stopped or abandoned at its time limit; the rest of the batch completes.</summary>
[TestFixture]
public sealed class DocumentIsolationTests
{
    private ManualResetEventSlim release = null!;

    [SetUp]
    public void Block() => release = new ManualResetEventSlim();

    [TearDown]
    public void ReleaseStuckThreads() => release.Set();

    [TestCase(1)]
    [TestCase(2)]
    public void A_stuck_document_times_out_and_the_others_complete(int parallelism)
    {
        using var inputs = new TemporaryFolder();
        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        Batches.DistinctCopy(pdfs[0], inputs["a-stuck.pdf"], 0);
        Batches.DistinctCopy(pdfs[1], inputs["b-slow.pdf"], 1);
        // Short documents, so that they finish well within the limit even on a busy machine.
        for (var i = 0; i < 4; i++)
        {
            Batches.DistinctCopy(pdfs[i % 2], inputs[$"good-{i}.pdf"], i + 2);
        }

        using var output = new TemporaryFolder();
        var summary = Batches.Run([inputs.Path], output.Path, options: Batches.Options(parallelism, timeoutSeconds: 3), reader: new HostileReader(release));

        Assert.That(summary.Entry("a-stuck.pdf").Error?.Code, Is.EqualTo("Timeout"));
        Assert.That(summary.Entry("b-slow.pdf").Error?.Code, Is.EqualTo("Timeout"));
        Assert.That(summary.Documents.Where(d => d.FileName.StartsWith("good", StringComparison.Ordinal)).Select(d => d.Status), Is.All.AnyOf(DocumentStatus.Ok, DocumentStatus.OkWithWarnings));
        Assert.That(summary.Failed, Is.EqualTo(2));
    }

    /// <summary>Reads normally, except "a-stuck" blocks without looking at the token and "b-slow" loops until cancelled.</summary>
    private sealed class HostileReader(ManualResetEventSlim release) : IDocumentReader
    {
        private readonly PdfDocumentReader inner = new();

        public DocumentText Read(string path) => inner.Read(path);

        public DocumentText Read(string path, byte[] content, CancellationToken cancellation)
        {
            if (path.EndsWith("a-stuck.pdf", StringComparison.Ordinal))
            {
                release.Wait(CancellationToken.None);
            }

            while (path.EndsWith("b-slow.pdf", StringComparison.Ordinal))
            {
                cancellation.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }

            return inner.Read(path, content, cancellation);
        }
    }
}
