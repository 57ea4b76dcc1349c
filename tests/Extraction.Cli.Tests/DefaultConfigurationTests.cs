using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>pipeline.json is optional: the built-in defaults serve in any folder, and a file may change only some keys.</summary>
[TestFixture]
public sealed class DefaultConfigurationTests
{
    [TestCase("run")]
    [TestCase("tables")]
    [TestCase("inspect")]
    public void A_command_works_in_a_folder_without_pipeline_json(string command)
    {
        using var folder = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run([command, Inputs.Budget, "--out", folder["out"]], workingDirectory: folder.Path);

        Assert.That(exit, Is.Zero, log);
        Assert.That(Directory.GetFiles(folder["out"], "*", SearchOption.AllDirectories), Is.Not.Empty);
    }

    [Test]
    public void Run_without_out_writes_to_the_default_output_in_the_current_folder()
    {
        using var folder = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", Inputs.Budget], workingDirectory: folder.Path);

        Assert.That(exit, Is.Zero, log);
        Assert.That(File.Exists(Path.Combine(folder["out"], "facts.csv")), Is.True);
    }

    [Test]
    public void A_file_with_some_keys_changes_those_and_keeps_the_defaults()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder["mine.json"], """{"writers": {"facts_file": "values.csv"}}""");

        var (exit, log) = ExtractProcess.Run(["run", Inputs.Budget, "--config", folder["mine.json"], "--out", folder["mine"]], workingDirectory: folder.Path);
        var (defaultExit, defaultLog) = ExtractProcess.Run(["run", Inputs.Budget, "--out", folder["defaults"]]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(defaultExit, Is.Zero, defaultLog);
        Assert.That(File.Exists(Path.Combine(folder["mine"], "facts.csv")), Is.False);
        Assert.That(
            File.ReadAllText(Path.Combine(folder["mine"], "values.csv")),
            Is.EqualTo(File.ReadAllText(Path.Combine(folder["defaults"], "facts.csv"))),
            "every other setting is the default's, so the facts are the same");
    }
}
