using System.Text.Json.Nodes;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Configuration;

/// <summary>pipeline.json: the repository's file loads; a bad setting is an error that names its key.</summary>
[TestFixture]
public sealed class PipelineConfigurationTests
{
    [Test]
    public void The_repository_configuration_loads_with_its_default_input_and_output()
    {
        var options = PipelineConfiguration.Load(Path.Combine(RepositoryPaths.Root, PipelineConfiguration.FileName));

        Assert.That(options.InputPath, Is.EqualTo(RepositoryPaths.Corpus));
        Assert.That(options.OutputPath, Is.EqualTo(Path.Combine(RepositoryPaths.Root, "out")));
        Assert.That(options.Reader, Is.EqualTo(ReaderNames.Extraction));
        Assert.That(options.Pipeline.Checks.Enabled, Is.True);
    }

    [TestCase("tables.max_row_gap_em", "-1", "tables.max_row_gap_em")]
    [TestCase("layout.digit_group_gap_em", "0.9", "layout.digit_group_gap_em")]
    [TestCase("layout.digit_group_gap_em", "-0.1", "layout.digit_group_gap_em")]
    [TestCase("columns.measures[0].measure", "\"no_such_measure\"", "columns.measures[0].measure")]
    [TestCase("structure.caption_patterns[0]", "\"(unclosed\"", "structure.caption_patterns[0]")]
    [TestCase("structure.policy_area_patterns[0]", "\"politikområde (.*)\"", "structure.policy_area_patterns[0]")]
    [TestCase("checks.row_formulas[0].terms[1].sign", "2", "checks.row_formulas[0].terms[1].sign")]
    [TestCase("numbers.units[0].scale", "0", "numbers.units[0].scale")]
    [TestCase("tables.wrapped_label_value_alignment", "\"middle\"", "tables.wrapped_label_value_alignment")]
    [TestCase("reader", "\"acrobat\"", "reader")]
    [TestCase("postgres.schema", "\"Not A Name\"", "postgres.schema")]
    [TestCase("tables.side_field_key_pattern", "\"^(.*):$\"", "tables.side_field_key_pattern")]
    [TestCase("structure.committee_patterns[0]", "\"udvalget\"", "structure.committee_patterns[0]")]
    [TestCase("assembly.default_unit", "\"furlongs\"", "assembly.default_unit")]
    [TestCase("checks.row_total_measure", "\"sum\"", "checks.row_total_measure")]
    [TestCase("proposals.heading_patterns[0]", "\"^(?<number>\\\\w+)$\"", "proposals.heading_patterns[0]")]
    [TestCase("proposals.month_names", "[\"januar\"]", "proposals.month_names")]
    [TestCase("structure.centre_inside_tolerance", "-0.5", "structure.centre_inside_tolerance")]
    public void A_bad_value_names_its_key(string path, string value, string key)
    {
        var json = RepositoryConfiguration.Edit(path, JsonNode.Parse(value));

        var error = Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse(json, RepositoryPaths.Root));

        Assert.That(error!.Key, Is.EqualTo(key));
    }

    [Test]
    public void An_unknown_key_is_named()
    {
        var root = JsonNode.Parse(RepositoryConfiguration.Json)!;
        root["tables"]!["max_row_gap"] = 1.0;

        var error = Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse(root.ToJsonString(), RepositoryPaths.Root));

        Assert.That(error!.Key, Does.Contain("max_row_gap"));
    }

    [Test]
    public void A_value_of_the_wrong_type_is_named()
    {
        var json = RepositoryConfiguration.Edit("layout.segment_gap_em", JsonValue.Create("wide"));

        var error = Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse(json, RepositoryPaths.Root));

        Assert.That(error!.Key, Is.EqualTo("layout.segment_gap_em"));
    }

    [Test]
    public void A_section_pipeline_json_does_not_have_is_named()
    {
        var root = JsonNode.Parse(RepositoryConfiguration.Json)!;
        root["stages"] = new JsonArray("read", "layout");

        var error = Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse(root.ToJsonString(), RepositoryPaths.Root));

        Assert.That(error!.Key, Is.EqualTo("stages"));
    }

    [Test]
    public void Each_section_reaches_the_options_of_its_assembly()
    {
        var settings = PipelineConfiguration.Parse(RepositoryConfiguration.Edit("checks.enabled", JsonValue.Create(false)), RepositoryPaths.Root);
        var postgres = PipelineConfiguration.Parse(RepositoryConfiguration.Edit("postgres.retries", JsonValue.Create(7)), RepositoryPaths.Root);

        Assert.That(settings.Pipeline.Checks.Enabled, Is.False);
        Assert.That(postgres.Postgres.Retries, Is.EqualTo(7));
        Assert.That(postgres.ForBatch.Pipeline, Is.EqualTo(postgres.Pipeline));
    }

    [Test]
    public void Malformed_json_is_a_configuration_error()
    {
        Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse("{ \"input\": ", RepositoryPaths.Root));
    }
}
