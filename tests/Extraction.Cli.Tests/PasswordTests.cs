using Extraction.Cli.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests;

/// <summary>Encrypted PDFs: <c>--password</c> opens them in run, tables and inspect; a manifest gives a password per document.</summary>
[TestFixture]
public sealed class PasswordTests
{
    [Test]
    public void Run_opens_an_encrypted_pdf_with_the_password_and_fails_it_without()
    {
        using var with = new TemporaryFolder();
        using var without = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run(["run", Inputs.Encrypted, "--out", with.Path, "--password", Inputs.UserPassword]);
        var (failedExit, failedLog) = ExtractProcess.Run(["run", Inputs.Encrypted, "--out", without.Path]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(File.ReadAllLines(with["failed.csv"]), Has.Length.EqualTo(1), "header only");
        Assert.That(failedExit, Is.EqualTo(1), failedLog);
        Assert.That(File.ReadAllText(without["failed.csv"]), Does.Contain("PasswordRequired"));
    }

    [TestCase("tables")]
    [TestCase("inspect")]
    public void Tables_and_inspect_take_the_password(string command)
    {
        using var output = new TemporaryFolder();

        var (exit, log) = ExtractProcess.Run([command, Inputs.Encrypted, "--out", output.Path, "--password", Inputs.UserPassword]);
        var (failedExit, failedLog) = ExtractProcess.Run([command, Inputs.Encrypted, "--out", output.Path, "--password", "wrong"]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(Directory.GetFiles(output.Path), Has.Length.EqualTo(1));
        Assert.That(failedExit, Is.EqualTo(1), failedLog);
        Assert.That(failedLog, Does.Contain("PasswordRequired"));
    }

    [Test]
    public void A_manifest_gives_each_document_its_password_and_none_is_written_to_the_outputs()
    {
        using var folder = new TemporaryFolder();
        File.Copy(Inputs.Encrypted, folder["locked.pdf"]);
        File.Copy(Inputs.Budget, folder["open.pdf"]);
        File.WriteAllText(folder["manifest.csv"], $"path,password\nlocked.pdf,{Inputs.UserPassword}\nopen.pdf,\n");

        var (exit, log) = ExtractProcess.Run(["run", folder["manifest.csv"], "--out", folder["out"]]);

        Assert.That(exit, Is.Zero, log);
        Assert.That(File.ReadAllLines(Path.Combine(folder["out"], "failed.csv")), Has.Length.EqualTo(1), "header only");
        var written = Directory.GetFiles(folder["out"], "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.That(written.Where(f => File.ReadAllText(f).Contains(Inputs.UserPassword, StringComparison.Ordinal)), Is.Empty);
    }
}
