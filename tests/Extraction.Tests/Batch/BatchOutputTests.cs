using System.Text.Json;
using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Pipeline;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>A run's outputs: a folder per document keyed by its SHA-256, facts.csv for the run, run.json.</summary>
[TestFixture]
public sealed class BatchOutputTests
{
    private static readonly string[] IssueColumns =
    [
        "source_file", "municipality", "document_kind", "fiscal_year", "policy_area", "activity_area", "table_id", "table_title",
        "row_label", "row_kind", "column_label", "measure", "year", "value", "unit", "scale", "amount_dkk", "page", "x0", "y0", "x1", "y1",
    ];

    private TemporaryFolder output = null!;

    [SetUp]
    public void CreateOutput() => output = new TemporaryFolder("extraction-run-");

    [TearDown]
    public void DeleteOutput() => output.Dispose();

    [Test]
    public void The_corpus_gives_facts_and_a_json_file_per_policy_area_of_every_document_under_its_hash()
    {
        var summary = Batches.Run([RepositoryPaths.Corpus], output.Path);

        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        Assert.That(summary.Failed, Is.Zero);
        Assert.That(summary.Documents.Select(d => d.Input), Is.EqualTo(pdfs));
        foreach (var pdf in pdfs)
        {
            var entry = summary.Entry(Path.GetFileName(pdf));
            var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(pdf)));
            Assert.That(entry.Sha256, Is.EqualTo(sha256));
            Assert.That(entry.OutputFolder, Is.EqualTo($"documents/{sha256}"));
            Assert.That(entry.Files, Is.Not.Empty, pdf);
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, entry.Files[0])));
            Assert.That(json.RootElement.GetProperty("schema_version").GetInt32(), Is.EqualTo(Outputs.Json.PolicyAreaDocumentBuilder.SchemaVersion));
            Assert.That(json.RootElement.GetProperty("source_file").GetString(), Is.EqualTo(Path.GetFileName(pdf)));
            Assert.That(File.Exists(Path.Combine(output.Path, entry.OutputFolder!, StoredDocument.FileName)), Is.True);
        }

        Assert.That(summary.Entry("003_06e0a490bd8dc3fd.pdf").Files.Single(), Does.EndWith("/kultur-og-fritid.json"));
        Assert.That(summary.Entry("002_129a0e019c4a7572.pdf").Files.Single(), Does.EndWith("/oekonomiudvalget.json"));
    }

    [Test]
    public void A_document_without_a_policy_area_is_written_for_its_committee_with_its_proposals()
    {
        var summary = Batches.Run([Corpus.Pdf("002_129a0e019c4a7572"), Corpus.Pdf("004_6d45ed6ea08fb11e")], output.Path);

        using var corrections = JsonDocument.Parse(File.ReadAllText(output[summary.Entry("002_129a0e019c4a7572.pdf").Files.Single()]));
        using var proposal = JsonDocument.Parse(File.ReadAllText(output[summary.Entry("004_6d45ed6ea08fb11e.pdf").Files.Single()]));
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
        Batches.Run([Corpus.Pdf("004_6d45ed6ea08fb11e")], output.Path);

        using var reader = new StreamReader(output["facts.csv"]);
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

    [Test]
    public void Facts_csv_has_the_contract_columns_first_and_one_row_per_value()
    {
        var summary = Batches.Run([Corpus.Pdf("000_360efd37c18e3eeb")], output.Path);

        var lines = File.ReadAllLines(output["facts.csv"]);
        Assert.That(lines[0].Split(',').Take(IssueColumns.Length), Is.EqualTo(IssueColumns));
        Assert.That(FactsCsvWriter.Columns.Take(IssueColumns.Length), Is.EqualTo(IssueColumns));
        Assert.That(lines, Has.Length.EqualTo(summary.Facts + 1));
        Assert.That(summary.Facts, Is.EqualTo(FactBuilder.Build(Corpus.Extract("000_360efd37c18e3eeb")).Count()));
        Assert.That(lines[1], Does.StartWith("000_360efd37c18e3eeb.pdf,Næstved,budget-notes,2026,IT,,0.1,"));
    }

    [Test]
    public void Run_json_names_every_input_with_its_status_and_totals()
    {
        var summary = Batches.Run([RepositoryPaths.Corpus], output.Path);

        using var json = JsonDocument.Parse(File.ReadAllText(output["run.json"]));
        var root = json.RootElement;
        Assert.That(root.GetProperty("schema").GetString(), Is.EqualTo("extraction/run"));
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.That(documents.Select(d => d.GetProperty("input").GetString()), Is.EqualTo(summary.Documents.Select(d => d.Input)));
        Assert.That(documents.Select(d => d.GetProperty("status").GetString()), Is.All.AnyOf("ok", "ok-with-warnings"));
        Assert.That(root.GetProperty("totals").GetProperty("facts").GetInt32(), Is.EqualTo(File.ReadAllLines(output["facts.csv"]).Length - 1));
        Assert.That(File.ReadAllLines(output["failed.csv"]), Is.EqualTo(new[] { string.Join(',', FailedCsv.Columns) }));
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
}
