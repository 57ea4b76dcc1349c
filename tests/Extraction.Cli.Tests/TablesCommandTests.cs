using System.Text.Json;
using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>The <c>tables</c> command: a grid file per PDF, a typed error for a file that cannot be read.</summary>
[TestFixture]
public sealed class TablesCommandTests
{
    [Test]
    public void Each_pdf_gets_its_tables_file_and_a_bad_one_its_error_while_the_rest_go_on()
    {
        using var inputs = new TemporaryFolder();
        File.WriteAllText(inputs["letter.pdf"], "not a PDF");
        var budget = Path.Combine(RepositoryPaths.Corpus, "000_360efd37c18e3eeb.pdf");
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["tables", inputs["letter.pdf"], budget, "--out", output.Path]);

        Assert.That(exit, Is.EqualTo(1), log);
        Assert.That(log, Does.Contain("letter.pdf: NotAPdf"));
        Assert.That(Directory.GetFiles(output.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "000_360efd37c18e3eeb.tables.json" }));
        using var json = JsonDocument.Parse(File.ReadAllBytes(output["000_360efd37c18e3eeb.tables.json"]));
        var tables = json.RootElement.GetProperty("tables").EnumerateArray().ToList();
        Assert.That(tables, Is.Not.Empty);
        Assert.That(tables[0].GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("text").GetString()), Does.Contain("4.511"));
    }
}
