using Extraction.Batch;
using Extraction.Document;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;
using Serilog.Events;
using Serilog;

namespace Extraction.Tests.Batch;

/// <summary>A figure that is not a number gives no fact; the run counts it in run.json and names the cell in the log.</summary>
[TestFixture]
public sealed class UnreadFigureLogTests
{
    [Test]
    public void A_document_with_text_in_a_number_column_logs_a_warning_naming_each_cell()
    {
        using var inputs = new TemporaryFolder();
        Batches.DistinctCopy(RepositoryPaths.CorpusPdfs().First(), inputs["notes.pdf"], 0);
        var events = new CollectedEvents();
        var document = new SyntheticDocument().Page()
            .Left(60, 100, "Tabel 1.1 Udgifter", bold: true)
            .Left(60, 120, "I 1.000 kr.", bold: true).Right(300, 120, "R24", bold: true).Right(370, 120, "B25", bold: true)
            .Left(60, 140, "Drift").Right(300, 140, "(2.130)").Right(370, 140, "1.000")
            .Left(60, 155, "Anlæg").Right(300, 155, "10").Right(370, 155, "20");

        using var output = new TemporaryFolder();
        var first = Batches.Run([inputs.Path], output.Path, reader: new Fixed(document), log: new LoggerConfiguration().WriteTo.Sink(events).CreateLogger());
        var again = Batches.Run([inputs.Path], output.Path, reader: new Fixed(document));

        Assert.That((first.Entry("notes.pdf").UnreadFigures, first.UnreadFigures), Is.EqualTo((1, 1)));
        Assert.That((again.Entry("notes.pdf").Status, again.Entry("notes.pdf").UnreadFigures), Is.EqualTo((DocumentStatus.Skipped, 1)));
        var warning = events.Events.Single(e => e.Level == LogEventLevel.Warning && e.Properties.ContainsKey("UnreadCount"));
        Assert.That(warning.Properties["UnreadCount"].ToString(), Is.EqualTo("1"));
        Assert.That(warning.Properties["UnreadFigures"].ToString(), Does.Contain("'Drift' / 'R24': '(2.130)'"));
    }

    /// <summary>Reads every file as the same synthetic document.</summary>
    private sealed class Fixed(SyntheticDocument document) : IDocumentReader
    {
        public DocumentText Read(string path) => document.Read(path);
    }
}
