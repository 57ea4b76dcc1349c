using System.Reflection;
using Extraction.Tests.Shared;
using PublicApiGenerator;

namespace Extraction.Tests.Architecture;

/// <summary>
/// Each product assembly's public surface equals the approved text under PublicApi/: a type or member made public
/// (or removed) shows up here, in review, as a change of that file. The composition root (extract) is left out: nothing
/// links against it.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApproveVariable = "APPROVE_PUBLIC_API";
    private const int ShownChanges = 80;

    private static readonly string[] Assemblies =
    [
        "Extraction.Pdf", "Extraction.Document", "Extraction.Reading.Pdf", "Extraction.Reading.PdfPig", "Extraction.Pipeline",
        "Extraction.Outputs", "Extraction.Batch", "Extraction.Sinks.Postgres", "Extraction.Configuration",
    ];

    [TestCaseSource(nameof(Assemblies))]
    public void The_public_surface_is_the_approved_one(string name)
    {
        var generated = Lines(Assembly.Load(new AssemblyName(name)).GeneratePublicApi());
        var approvedFile = Path.Combine(RepositoryPaths.Root, "tests", "Extraction.Tests", "Architecture", "PublicApi", name + ".txt");
        if (Environment.GetEnvironmentVariable(ApproveVariable) == "1")
        {
            File.WriteAllText(approvedFile, string.Join('\n', generated) + "\n");
            Assert.Pass($"Approved the public surface of {name} into {approvedFile}.");
        }

        var approved = File.Exists(approvedFile) ? Lines(File.ReadAllText(approvedFile)) : [];
        var changes = LineDiff.Between(approved, generated);

        Assert.That(changes, Is.Empty, () =>
            $"The public surface of {name} differs from {approvedFile} ({changes.Count} lines; '-' approved, '+' now):\n" +
            string.Join('\n', changes.Take(ShownChanges)) +
            $"\nIf the change is meant, make internal what is not part of the contract, then approve with {ApproveVariable}=1 dotnet test tests/Extraction.Tests --filter PublicApiTests and commit the file.");
    }

    [Test]
    public void A_change_of_the_surface_is_shown_line_by_line()
    {
        string[] approved = ["public class A", "{", "    public void Run() { }", "}"];
        string[] now = ["public class A", "{", "    public void Run() { }", "    public int Count { get; }", "}", "public class B { }"];

        Assert.That(LineDiff.Between(approved, now), Is.EqualTo(new[] { "+     public int Count { get; }", "+ public class B { }" }));
        Assert.That(LineDiff.Between(now, approved), Is.EqualTo(new[] { "-     public int Count { get; }", "- public class B { }" }));
    }

    private static IReadOnlyList<string> Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
