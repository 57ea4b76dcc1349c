using System.Text.Json;
using Extraction.Core.Pipeline;
using Extraction.Core.Tests.Support;
using Extraction.Core.Writers;
using Extraction.Tests.Shared;
using Serilog;

namespace Extraction.Core.Tests.Pipeline;

/// <summary>A run over inputs: outputs for every document, failures reported with their code while the run goes on.</summary>
[TestFixture]
public sealed class PipelineRunTests
{
    private static readonly string[] IssueColumns =
    [
        "source_file", "municipality", "document_kind", "fiscal_year", "policy_area", "activity_area", "table_id", "table_title",
        "row_label", "row_kind", "column_label", "measure", "year", "value", "unit", "scale", "amount_dkk", "page", "x0", "y0", "x1", "y1",
    ];

    private string output = null!;

    [SetUp]
    public void CreateOutput() => output = Directory.CreateTempSubdirectory("extraction-run-").FullName;

    [TearDown]
    public void DeleteOutput() => Directory.Delete(output, recursive: true);

    [Test]
    public void The_corpus_gives_facts_and_a_json_file_per_policy_area_of_every_document()
    {
        var summary = Run([RepositoryPaths.Corpus]);

        var pdfs = Directory.GetFiles(RepositoryPaths.Corpus, "*.pdf", SearchOption.AllDirectories);
        Assert.That(summary.Failed, Is.Zero);
        Assert.That(summary.Outcomes, Has.Count.EqualTo(pdfs.Length));
        foreach (var pdf in pdfs)
        {
            var folder = Path.Combine(output, "documents", Path.GetFileNameWithoutExtension(pdf));
            var files = Directory.GetFiles(folder, "*.json");
            Assert.That(files, Is.Not.Empty, pdf);
            using var json = JsonDocument.Parse(File.ReadAllText(files[0]));
            Assert.That(json.RootElement.GetProperty("schema_version").GetInt32(), Is.EqualTo(Writers.Json.PolicyAreaDocumentBuilder.SchemaVersion));
            Assert.That(json.RootElement.GetProperty("source_file").GetString(), Is.EqualTo(Path.GetFileName(pdf)));
        }

        Assert.That(File.Exists(Path.Combine(output, "documents", "003_06e0a490bd8dc3fd", "kultur-og-fritid.json")), Is.True);
    }

    [Test]
    public void Facts_csv_has_the_contract_columns_first_and_one_row_per_value()
    {
        var summary = Run([Corpus.Pdf("000_360efd37c18e3eeb")]);

        var lines = File.ReadAllLines(Path.Combine(output, "facts.csv"));
        Assert.That(lines[0].Split(',').Take(IssueColumns.Length), Is.EqualTo(IssueColumns));
        Assert.That(FactsCsvWriter.Columns.Take(IssueColumns.Length), Is.EqualTo(IssueColumns));
        Assert.That(lines, Has.Length.EqualTo(summary.FactCount + 1));
        Assert.That(lines[1], Does.StartWith("000_360efd37c18e3eeb.pdf,Næstved,budget-notes,2026,IT,,0.1,"));
    }

    [Test]
    public void A_document_that_cannot_be_read_is_reported_with_its_code_and_the_run_goes_on()
    {
        var inputs = Directory.CreateTempSubdirectory("extraction-inputs-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(inputs, "empty.pdf"), []);
            File.WriteAllText(Path.Combine(inputs, "letter.pdf"), "Dear reader, this is not a PDF.");
            File.Copy(Corpus.Pdf("001_3fb77736774634ba"), Path.Combine(inputs, "good.pdf"));

            var summary = Run([inputs, Path.Combine(inputs, "missing.pdf")]);

            var failures = summary.Outcomes.OfType<DocumentFailed>().ToDictionary(f => Path.GetFileName(f.SourcePath), f => f.Code);
            Assert.That(failures, Is.EqualTo(new Dictionary<string, string> { ["empty.pdf"] = "EmptyFile", ["letter.pdf"] = "NotAPdf", ["missing.pdf"] = "FileNotFound" }));
            Assert.That(summary.Succeeded, Is.EqualTo(1));
            Assert.That(summary.FactCount, Is.EqualTo(Truth.Load(Corpus.Pdf("001_3fb77736774634ba")).Tables.Sum(t => t.Rows.Sum(r => r.Values.Count(v => v is not null)))));
        }
        finally
        {
            Directory.Delete(inputs, recursive: true);
        }
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.OtherKinds))]
    public void Documents_of_other_kinds_run_through(string name) =>
        Assert.That(Corpus.Process(name), Is.InstanceOf<DocumentSucceeded>());

    [Test]
    public void A_row_that_counts_people_in_a_table_of_kroner_is_not_scaled_to_kroner()
    {
        var facts = FactBuilder.Build(Corpus.Extract("002_129a0e019c4a7572")).ToList();
        var staff = facts.Where(f => f.RowLabel.StartsWith("Antal fuldtidsstillinger", StringComparison.Ordinal)).ToList();

        Assert.That(staff, Is.Not.Empty);
        Assert.That(staff.Select(f => (f.Unit, f.Scale, f.AmountDkk)), Is.All.EqualTo(("count", (decimal?)1m, (decimal?)null)));
        Assert.That(facts.Where(f => f.RowLabel == "Netto").Select(f => f.Scale), Is.All.EqualTo(1_000_000m));
    }

    private RunSummary Run(string[] inputs) =>
        new PipelineRun(Corpus.Options, new LoggerConfiguration().CreateLogger()).Execute(inputs, output);
}
