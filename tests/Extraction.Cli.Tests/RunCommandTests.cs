using System.Text.Json;
using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>The <c>run</c> command as scripts see it: exit codes, errors before any work, logs and progress lines.</summary>
[TestFixture]
public sealed class RunCommandTests
{
    [Test]
    public void A_run_where_every_document_is_read_exits_0()
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", Path.Combine(RepositoryPaths.Corpus, "000_360efd37c18e3eeb.pdf"), "--out", output.Path]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(File.Exists(output["facts.csv"]) && File.Exists(output["run.json"]) && File.Exists(output["failed.csv"]), Is.True);
    }

    [Test]
    public void A_failed_document_exits_1_and_is_listed_in_failed_csv()
    {
        using var inputs = new TemporaryFolder();
        File.WriteAllText(inputs["letter.pdf"], "not a PDF");
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", inputs.Path, "--out", output.Path]);

        Assert.That(exit, Is.EqualTo(1), log);
        Assert.That(File.ReadAllLines(output["failed.csv"]), Has.Length.EqualTo(2));
        Assert.That(File.ReadAllLines(output["failed.csv"])[1], Does.Contain(",NotAPdf,read,"));
    }

    [TestCase("--shard", "4/4", "not a shard")]
    [TestCase("--parallelism", "-2", "--parallelism: must not be negative")]
    [TestCase("--timeout", "0", "--timeout: must be above 0")]
    [TestCase("--sink", "oracle", "oracle")]
    public void A_bad_option_exits_2_before_any_work(string option, string value, string message)
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", RepositoryPaths.Corpus, "--out", output.Path, option, value]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain(message));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
    }

    [Test]
    public void A_bad_configuration_exits_2_naming_the_key_before_any_work()
    {
        using var folder = new TemporaryFolder();
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "pipeline.json")).Replace("\"parallelism\": 0", "\"parallelism\": -3", StringComparison.Ordinal);
        File.WriteAllText(folder["pipeline.json"], json);

        var (exit, log) = ExtractProcess.Run(["run", RepositoryPaths.Corpus, "--config", folder["pipeline.json"], "--out", folder["out"]]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("batch.parallelism"));
        Assert.That(Directory.Exists(folder["out"]), Is.False);
    }

    [Test]
    public void The_postgres_sink_without_a_connection_string_exits_2_naming_the_option_and_the_variable()
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", RepositoryPaths.Corpus, "--out", output.Path, "--sink", "postgres"], new Dictionary<string, string> { ["EXTRACTION_POSTGRES"] = string.Empty });

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("--connection-string").And.Contain("EXTRACTION_POSTGRES"));
        Assert.That(Directory.Exists(output["documents"]), Is.False);
    }

    [Test]
    public void A_warehouse_that_cannot_be_reached_exits_2_before_any_document()
    {
        using var output = new TemporaryFolder();
        using var folder = new TemporaryFolder();
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "pipeline.json")).Replace("\"retries\": 4", "\"retries\": 1", StringComparison.Ordinal);
        File.WriteAllText(folder["pipeline.json"], json);

        var (exit, log) = ExtractProcess.Run(
            ["run", RepositoryPaths.Corpus, "--config", folder["pipeline.json"], "--out", output.Path, "--sink", "postgres", "--connection-string", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2"]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("postgres sink cannot be used"));
        Assert.That(Directory.Exists(output["documents"]), Is.False);
    }

    [Test]
    public void Without_a_terminal_progress_goes_to_plain_lines_and_the_json_log_has_structured_properties()
    {
        using var folder = new TemporaryFolder();
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "pipeline.json")).Replace("\"progress_interval_seconds\": 10", "\"progress_interval_seconds\": 0.05", StringComparison.Ordinal);
        File.WriteAllText(folder["pipeline.json"], json);
        File.WriteAllText(folder["letter.pdf"], "not a PDF");

        var (exit, log) = ExtractProcess.Run(["run", RepositoryPaths.Corpus, folder["letter.pdf"], "--config", folder["pipeline.json"], "--out", folder["out"], "--log-file", folder["log.jsonl"]]);

        Assert.That(exit, Is.EqualTo(1), log);
        Assert.That(log, Does.Match(@"Progress: \d+/6 documents, \d+ failed, \d+ pages/s"));
        var events = File.ReadAllLines(folder["log.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(events.Where(e => e.TryGetProperty("Stage", out _)).Select(e => e.GetProperty("Document").GetString()), Does.Contain("000_360efd37c18e3eeb.pdf"));
        Assert.That(events.Where(e => e.TryGetProperty("ElapsedMs", out _)), Is.Not.Empty);
        var failure = events.Single(e => e.TryGetProperty("ErrorCode", out _));
        Assert.That(failure.GetProperty("ErrorCode").GetString(), Is.EqualTo("NotAPdf"));
        Assert.That(failure.GetProperty("Document").GetString(), Is.EqualTo("letter.pdf"));
    }
}
