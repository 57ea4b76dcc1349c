using Extraction.Batch;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>A CSV manifest names documents and overrides what the pipeline detects; a bad manifest stops the run before it starts.</summary>
[TestFixture]
public sealed class ManifestTests
{
    [Test]
    public void Manifest_values_override_the_detected_ones_in_the_facts_and_the_json()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), folder["notes.pdf"]);
        File.WriteAllText(
            folder["manifest.csv"],
            "path,municipality,fiscal_year,document_kind,source_url\nnotes.pdf,Roskilde,2031,annual-report,https://example.org/notes.pdf\n");
        using var output = new TemporaryFolder();

        var summary = Batches.Run([folder["manifest.csv"]], output.Path);

        var entry = summary.Entry("notes.pdf");
        Assert.That(entry.Manifest, Is.EqualTo(new ManifestLine(folder["manifest.csv"], 2)));
        var rows = File.ReadAllLines(output["facts.csv"]).Skip(1).ToList();
        Assert.That(rows, Has.Count.EqualTo(entry.Facts).And.Count.GreaterThan(0));
        Assert.That(rows, Has.All.StartWith("notes.pdf,Roskilde,annual-report,2031,IT,"));
        Assert.That(rows, Has.All.Contain(",https://example.org/notes.pdf,"));
        var json = File.ReadAllText(Path.Combine(output.Path, entry.Files.Single()));
        Assert.That(json, Does.Contain("\"municipality\": \"Roskilde\"").And.Contain("\"fiscal_year\": 2031"));
    }

    [Test]
    public void Empty_manifest_values_leave_the_detected_ones()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Corpus.Pdf("000_360efd37c18e3eeb"), folder["notes.pdf"]);
        File.WriteAllText(folder["manifest.csv"], "path,municipality,fiscal_year\nnotes.pdf,,\n");
        using var output = new TemporaryFolder();

        Batches.Run([folder["manifest.csv"]], output.Path);

        Assert.That(File.ReadAllLines(output["facts.csv"]).Skip(1), Has.All.StartWith("notes.pdf,Næstved,budget-notes,2026,"));
    }

    [TestCase("path,fiscalyear\na.pdf,2026\n", ": fiscalyear", "unknown column")]
    [TestCase("municipality\nKøge\n", ": path", "no 'path' column")]
    [TestCase("path,fiscal_year\na.pdf,2026\nb.pdf,20x6\n", ":3: fiscal_year", "'20x6' is not a year")]
    [TestCase("path,document_kind\na.pdf,budget\n", ":2: document_kind", "'budget' is not a document kind")]
    [TestCase("path,source_url\na.pdf,example.org/a.pdf\n", ":2: source_url", "not an absolute URL")]
    [TestCase("path\n\"a.pdf\n", "", "not valid CSV")]
    [TestCase("", "", "empty")]
    public void A_bad_manifest_is_a_configuration_error_naming_the_file_line_and_column(string manifest, string keySuffix, string message)
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["manifest.csv"], manifest);
        using var output = new TemporaryFolder();

        var error = Assert.Throws<ConfigurationException>(() => Batches.Run([folder["manifest.csv"]], output.Path));

        Assert.That(error!.Key, Is.EqualTo(folder["manifest.csv"] + keySuffix));
        Assert.That(error.Message, Does.Contain(message));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty, "nothing is written before the inputs are known");
    }
}
