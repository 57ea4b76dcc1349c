using System.Reflection;

namespace Extraction.Tests.Architecture;

/// <summary>The compiled assemblies keep the layering, and the checker catches a reference that points up.</summary>
public sealed class LayerRulesTests
{
    [Test]
    public void The_compiled_assemblies_only_reference_downwards()
    {
        var graph = LayerRules.AllowedOwn.Keys.ToDictionary(
            name => name,
            name => (IReadOnlyCollection<string>)Assembly.Load(new AssemblyName(name)).GetReferencedAssemblies().Select(reference => reference.Name!).ToList());

        Assert.That(LayerRules.Violations(graph), Is.Empty);
    }

    [Test]
    public void The_pipeline_really_references_the_document_seam_so_the_graph_is_read_from_the_assemblies()
    {
        var references = Assembly.Load(new AssemblyName("Extraction.Pipeline")).GetReferencedAssemblies().Select(reference => reference.Name);

        Assert.That(references, Does.Contain("Extraction.Document"));
    }

    [Test]
    public void A_graph_that_keeps_the_layers_has_no_violation()
    {
        var graph = Graph(
            ("Extraction.Document", []),
            ("Extraction.Pipeline", ["Extraction.Document", "System.Runtime"]),
            ("Extraction.Outputs", ["Extraction.Pipeline", "CsvHelper"]),
            ("Extraction.Sinks.Postgres", ["Extraction.Batch", "Npgsql"]));

        Assert.That(LayerRules.Violations(graph), Is.Empty);
    }

    [TestCase("Extraction.Document", "Extraction.Pipeline")]
    [TestCase("Extraction.Pipeline", "Extraction.Outputs")]
    [TestCase("Extraction.Pipeline", "Extraction.Pdf")]
    [TestCase("Extraction.Outputs", "Extraction.Batch")]
    [TestCase("Extraction.Batch", "Extraction.Configuration")]
    [TestCase("Extraction.Sinks.Postgres", "Extraction.Configuration")]
    [TestCase("Extraction.Configuration", "extract")]
    [TestCase("Extraction.Reading.PdfPig", "Extraction.Reading.Pdf")]
    [TestCase("Extraction.Reading.Pdf", "Extraction.Pipeline")]
    public void An_upward_or_sideways_reference_is_a_violation(string assembly, string reference)
    {
        var violations = LayerRules.Violations(Graph((assembly, [reference])));

        Assert.That(violations, Has.Exactly(1).Contains($"{assembly} references {reference}"));
    }

    [TestCase("Extraction.Pipeline", "Npgsql")]
    [TestCase("Extraction.Pipeline", "CsvHelper")]
    [TestCase("Extraction.Pipeline", "Serilog")]
    [TestCase("Extraction.Pipeline", "Polly.Core")]
    [TestCase("Extraction.Pipeline", "UglyToad.PdfPig")]
    [TestCase("Extraction.Outputs", "Serilog")]
    [TestCase("Extraction.Outputs", "Npgsql")]
    [TestCase("Extraction.Batch", "Npgsql")]
    [TestCase("extract", "Npgsql")]
    public void A_library_kept_out_of_a_layer_is_a_violation(string assembly, string library)
    {
        var violations = LayerRules.Violations(Graph((assembly, [library])));

        Assert.That(violations, Has.Some.Contains($"{assembly} references {library}"));
    }

    [Test]
    public void An_assembly_without_a_place_in_the_layers_is_a_violation()
    {
        var violations = LayerRules.Violations(Graph(("Extraction.Newcomer", ["Extraction.Document"])));

        Assert.That(violations, Has.Exactly(1).Contains("Extraction.Newcomer"));
    }

    [Test]
    public void The_allowed_references_have_no_cycle()
    {
        var visiting = new HashSet<string>();
        var done = new HashSet<string>();
        var cycles = LayerRules.AllowedOwn.Keys.Where(name => ReachesItself(name, visiting, done)).ToList();

        Assert.That(cycles, Is.Empty);
    }

    private static bool ReachesItself(string name, HashSet<string> visiting, HashSet<string> done)
    {
        if (done.Contains(name))
        {
            return false;
        }

        if (!visiting.Add(name))
        {
            return true;
        }

        var cyclic = LayerRules.AllowedOwn[name].Any(next => ReachesItself(next, visiting, done));
        visiting.Remove(name);
        done.Add(name);
        return cyclic;
    }

    private static IReadOnlyDictionary<string, IReadOnlyCollection<string>> Graph(params (string Assembly, string[] References)[] edges) =>
        edges.ToDictionary(edge => edge.Assembly, edge => (IReadOnlyCollection<string>)edge.References);
}
