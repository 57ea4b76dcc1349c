using Extraction.Batch;
using Extraction.Document;
using Extraction.Reading.Pdf;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;
using Serilog.Events;
using Serilog;

namespace Extraction.Tests.Batch;

/// <summary>A bug met on one document fails that document with PipelineError, and the log keeps its stack trace.</summary>
[TestFixture]
public sealed class UnexpectedFailureTests
{
    [Test]
    public void An_exception_inside_the_pipeline_fails_its_document_and_is_logged_with_its_stack_trace()
    {
        using var inputs = new TemporaryFolder();
        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        Batches.DistinctCopy(pdfs[0], inputs["bug.pdf"], 0);
        Batches.DistinctCopy(pdfs[1], inputs["good.pdf"], 1);
        var events = new CollectedEvents();

        using var output = new TemporaryFolder();
        var summary = Batches.Run([inputs.Path], output.Path, reader: new BuggyReader(), log: new LoggerConfiguration().WriteTo.Sink(events).CreateLogger());

        var error = summary.Entry("bug.pdf").Error;
        Assert.That((error?.Code, error?.Stage, error?.Message), Is.EqualTo(("PipelineError", "read", "InvalidOperationException: a bug in the reader")));
        Assert.That(summary.Entry("good.pdf").Status, Is.AnyOf(DocumentStatus.Ok, DocumentStatus.OkWithWarnings));
        var logged = events.Events.Single(e => e.Level == LogEventLevel.Error);
        Assert.That(logged.Exception, Is.TypeOf<InvalidOperationException>());
        Assert.That(logged.Exception!.StackTrace, Does.Contain(nameof(BuggyReader)));
    }

    private sealed class BuggyReader : IDocumentReader
    {
        private readonly PdfDocumentReader inner = new();

        public DocumentText Read(string path) => inner.Read(path);

        public DocumentText Read(string path, byte[] content, CancellationToken cancellation) =>
            path.EndsWith("bug.pdf", StringComparison.Ordinal)
                ? throw new InvalidOperationException("a bug in the reader")
                : inner.Read(path, content, cancellation);
    }
}
