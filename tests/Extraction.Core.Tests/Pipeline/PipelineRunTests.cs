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
        Assert.That(File.Exists(Path.Combine(output, "documents", "002_129a0e019c4a7572", "oekonomiudvalget.json")), Is.True);
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

    [Test]
    public void A_document_without_a_policy_area_is_written_for_its_committee_with_its_proposals()
    {
        Run([Corpus.Pdf("002_129a0e019c4a7572"), Corpus.Pdf("004_6d45ed6ea08fb11e")]);

        using var corrections = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "documents", "002_129a0e019c4a7572", "oekonomiudvalget.json")));
        using var proposal = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "documents", "004_6d45ed6ea08fb11e", "oekonomiudvalget.json")));
        var root = corrections.RootElement;
        Assert.That(root.GetProperty("group").GetProperty("kind").GetString(), Is.EqualTo("committee"));
        Assert.That(root.GetProperty("document").GetProperty("committee").GetString(), Is.EqualTo("Økonomiudvalget"));
        Assert.That(root.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("number").GetString()), Is.EqualTo(new[] { "T101", "T102", "T103", "T104", "T105", "T106", "T108", "T109", "T304" }));
        var t103 = root.GetProperty("proposals")[2];
        Assert.That(t103.GetProperty("start_date").GetProperty("date").GetString(), Is.EqualTo("2026-01-01"));
        Assert.That(t103.GetProperty("figures_pending").GetBoolean(), Is.True);
        var table = root.GetProperty("tables")[2];
        Assert.That(table.GetProperty("side_fields").GetArrayLength(), Is.EqualTo(2));
        Assert.That(table.GetProperty("inline_notes")[0].GetProperty("after_row").GetInt32(), Is.EqualTo(2));
        Assert.That(proposal.RootElement.GetProperty("fields").GetArrayLength(), Is.Zero);
        Assert.That(proposal.RootElement.GetProperty("proposals")[0].GetProperty("fields").GetArrayLength(), Is.EqualTo(13));
        Assert.That(proposal.RootElement.GetProperty("tables")[0].GetProperty("kind").GetString(), Is.EqualTo("text"));
    }

    [Test]
    public void Facts_carry_the_proposal_and_the_row_text_columns()
    {
        Run([Corpus.Pdf("004_6d45ed6ea08fb11e")]);

        using var reader = new StreamReader(Path.Combine(output, "facts.csv"));
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        var facts = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var service = facts.First(f => (string)f["table_id"] == "2" && (string)f["row_label"] == "Pulje til investeringer på servicerammen");

        Assert.That(facts.Select(f => f["proposal"]), Is.All.EqualTo("ØK74"));
        Assert.That(facts.Select(f => f["committee"]), Is.All.EqualTo("Økonomiudvalget"));
        using var text = JsonDocument.Parse((string)service["text_columns"]);
        Assert.That(
            text.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
            Is.EqualTo(new[] { ("Udvalg", "ØU"), ("Bevilling", "1112 – Fælles rammepuljer"), ("Indtægt/udgift", "U") }));
    }

    private RunSummary Run(string[] inputs) =>
        new PipelineRun(Corpus.Options, new LoggerConfiguration().CreateLogger()).Execute(inputs, output);
}
