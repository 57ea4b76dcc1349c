using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>
/// The command line is strict: a word it does not know, or a value it cannot use, is a usage error (exit 2) naming the
/// option, reported before any work, the same in every command.
/// </summary>
[TestFixture]
public sealed class CommandLineTests
{
    private static readonly string[] Commands = ["run", "tables", "inspect", "words"];

    [Test]
    public void Without_a_command_the_commands_are_listed_and_the_exit_code_is_2()
    {
        var (exit, log) = ExtractProcess.Run([]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("Commands:"));
        foreach (var command in Commands)
        {
            Assert.That(log, Does.Contain($"  {command} "), command);
        }
    }

    [TestCase("--bogus")]
    [TestCase("--frce")]
    [TestCase("-x")]
    public void An_unknown_option_to_run_is_a_usage_error_and_leaves_the_output_as_it_was(string option)
    {
        using var output = new TemporaryFolder();
        File.WriteAllText(output["facts.csv"], "the dataset of an earlier run\n");

        var (exit, log) = ExtractProcess.Run(["run", option, "--out", output.Path]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain($"Unrecognized option '{option}'"));
        Assert.That(Directory.GetFileSystemEntries(output.Path).Select(Path.GetFileName), Is.EqualTo(new[] { "facts.csv" }));
        Assert.That(File.ReadAllText(output["facts.csv"]), Is.EqualTo("the dataset of an earlier run\n"));
    }

    [Test]
    public void A_mistyped_option_names_the_option_it_resembles()
    {
        var (exit, log) = ExtractProcess.Run(["run", "--frce", Inputs.Budget]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("Did you mean --force?"));
    }

    [TestCase("tables")]
    [TestCase("inspect")]
    [TestCase("words")]
    public void An_unknown_option_is_a_usage_error_in_every_command(string command)
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run([command, "--bogus", Inputs.Budget, "--out", output.Path]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("Unrecognized option '--bogus'"));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
    }

    [Test]
    public void A_file_whose_name_starts_with_a_dash_is_read_after_a_double_dash()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Inputs.Budget, folder["-budget.pdf"]);

        var (exit, log) = ExtractProcess.Run(["tables", "--out", folder["out"], "--", "-budget.pdf"], workingDirectory: folder.Path);

        Assert.That(exit, Is.Zero, log);
        Assert.That(File.Exists(Path.Combine(folder["out"], "-budget.tables.json")), Is.True);
    }

    [TestCase("--parallelism", "abc", "--parallelism: 'abc' is not a whole number")]
    [TestCase("-j", "abc", "--parallelism: 'abc' is not a whole number")]
    [TestCase("-j", "1.5", "--parallelism: '1.5' is not a whole number")]
    [TestCase("--timeout", "abc", "--timeout: 'abc' is not a number")]
    public void A_value_that_is_not_a_number_is_a_usage_error_naming_the_option(string option, string value, string message)
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", Inputs.Budget, "--out", output.Path, option, value]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain(message));
        Assert.That(log, Does.Not.Contain("Exception"));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
    }

    [TestCase("run")]
    [TestCase("tables")]
    [TestCase("inspect")]
    [TestCase("words")]
    public void An_output_folder_that_cannot_be_made_is_a_usage_error_naming_out(string command)
    {
        using var folder = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run([command, Inputs.Budget, "--out", Inputs.Unusable(folder)]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("--out:").And.Contain("cannot be used as an output folder"));
        Assert.That(log, Does.Not.Contain("   at "));
    }

    [TestCase("run")]
    [TestCase("tables")]
    [TestCase("inspect")]
    [TestCase("words")]
    public void Verbose_and_quiet_together_are_a_usage_error(string command)
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run([command, Inputs.Budget, "-v", "-q", "--out", output.Path]);

        Assert.That(exit, Is.EqualTo(2), log);
        Assert.That(log, Does.Contain("--verbose and --quiet cannot be used together"));
        Assert.That(Directory.GetFileSystemEntries(output.Path), Is.Empty);
    }

    [Test]
    public void A_missing_input_file_fails_that_document_with_exit_1_in_every_command()
    {
        using var folder = new TemporaryFolder();

        Assert.Multiple(() =>
        {
            foreach (var command in Commands)
            {
                var (exit, log) = ExtractProcess.Run([command, folder["missing.pdf"], "--out", folder[command]]);

                Assert.That(exit, Is.EqualTo(1), $"{command}: {log}");
                Assert.That(log, Does.Contain("missing.pdf"), command);
            }
        });
    }

    [Test]
    public void A_configuration_file_that_cannot_be_read_is_a_usage_error_in_every_command()
    {
        using var folder = new TemporaryFolder();

        Assert.Multiple(() =>
        {
            foreach (var command in Commands)
            {
                var (exit, log) = ExtractProcess.Run([command, Inputs.Budget, "--out", folder[command], "--config", folder["none.json"]]);

                Assert.That(exit, Is.EqualTo(2), $"{command}: {log}");
                Assert.That(log, Does.Contain("none.json"), command);
                Assert.That(Directory.Exists(folder[command]), Is.False, command);
            }
        });
    }

    [Test]
    public void Out_dir_is_another_name_of_out_in_every_command_that_writes_files()
    {
        using var output = new TemporaryFolder();

        Assert.Multiple(() =>
        {
            foreach (var command in new[] { "tables", "inspect", "words" })
            {
                var (exit, log) = ExtractProcess.Run([command, Inputs.Budget, "--out-dir", output[command]]);

                Assert.That(exit, Is.Zero, $"{command}: {log}");
                Assert.That(Directory.Exists(output[command]) ? Directory.GetFiles(output[command]) : [], Has.Length.EqualTo(1), command);
            }
        });
    }

    [TestCase("tables", "000_360efd37c18e3eeb.tables.json")]
    [TestCase("inspect", "000_360efd37c18e3eeb.html")]
    public void Out_and_reader_are_options_of_every_command(string command, string written)
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run([command, Inputs.Budget, "-o", output.Path, "--reader", "pdfpig"]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(Directory.GetFiles(output.Path).Select(Path.GetFileName), Is.EqualTo(new[] { written }));
    }

    [Test]
    public void A_quiet_run_writes_only_warnings_and_errors()
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", Inputs.Budget, "-o", output.Path, "-q"]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(log, Does.Not.Contain(" INF]"));
        Assert.That(File.Exists(output["facts.csv"]), Is.True);
    }
}
