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
    [TestCase("tables.rows.model", "\"neural\"", "tables.rows.model")]
    [TestCase("tables.rows.break_probability", "1.5", "tables.rows.break_probability")]
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

    [Test]
    public void An_empty_file_gives_exactly_the_built_in_defaults()
    {
        var empty = PipelineConfiguration.Parse("{}", RepositoryPaths.Root);
        var embedded = PipelineConfiguration.Parse(BuiltInDefaults.Json, RepositoryPaths.Root);

        Assert.That(Sections(empty), Is.EqualTo(Sections(embedded)));
        Assert.That(BuiltInDefaults.Json, Is.EqualTo(RepositoryConfiguration.Json), "the embedded defaults are the repository's pipeline.json");
    }

    [Test]
    public void A_file_overrides_only_its_keys_objects_merge_and_arrays_replace()
    {
        var json = """{"batch": {"parallelism": 3}, "structure": {"committee_abbreviations": {"KEU": "Klima- og Erhvervsudvalget"}, "heading_max_words": 9}, "assembly": {"total_row_patterns": ["^sum\\b"]}}""";

        var settings = PipelineConfiguration.Parse(json, RepositoryPaths.Root);
        var defaults = PipelineConfiguration.Defaults(RepositoryPaths.Root);

        Assert.That(settings.Batch, Is.EqualTo(defaults.Batch with { Parallelism = 3 }));
        Assert.That(settings.Pipeline.Structure.CommitteeAbbreviations["KEU"], Is.EqualTo("Klima- og Erhvervsudvalget"));
        Assert.That(settings.Pipeline.Structure.CommitteeAbbreviations["ØU"], Is.EqualTo("Økonomiudvalget"));
        Assert.That(settings.Pipeline.Structure.HeadingMaxWords, Is.EqualTo(9));
        Assert.That(settings.Pipeline.Structure.MunicipalityPatterns, Is.EqualTo(defaults.Pipeline.Structure.MunicipalityPatterns));
        Assert.That(settings.Pipeline.Assembly.TotalRowPatterns, Is.EqualTo(new[] { "^sum\\b" }));
        Assert.That(Sections(settings with { Pipeline = defaults.Pipeline, Batch = defaults.Batch }), Is.EqualTo(Sections(defaults)));
    }

    [Test]
    public void Without_a_file_the_defaults_input_and_output_are_in_the_current_folder()
    {
        using var folder = new TemporaryFolder();

        var settings = PipelineConfiguration.LoadOrFind(null, folder.Path);

        Assert.That(settings.InputPath, Is.EqualTo(folder["fixtures/corpus"]));
        Assert.That(settings.OutputPath, Is.EqualTo(folder["out"]));
    }

    [Test]
    public void A_partial_file_resolves_its_own_paths_against_its_folder_and_the_defaults_against_the_current_folder()
    {
        using var config = new TemporaryFolder();
        using var current = new TemporaryFolder();
        File.WriteAllText(config["mine.json"], """{"output": "results"}""");

        var settings = PipelineConfiguration.LoadOrFind(config["mine.json"], current.Path);

        Assert.That(settings.OutputPath, Is.EqualTo(config["results"]));
        Assert.That(settings.InputPath, Is.EqualTo(current["fixtures/corpus"]));
    }

    [Test]
    public void A_bad_value_in_a_partial_file_names_its_key()
    {
        var error = Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse("""{"tables": {"general": {"min_rows": 0}}}""", RepositoryPaths.Root));

        Assert.That(error!.Key, Is.EqualTo("tables.general.min_rows"));
    }

    [Test]
    public void Pipeline_json_gives_every_setting_so_no_value_comes_from_code()
    {
        var missing = new List<string>();
        Given(typeof(PipelineFile), JsonNode.Parse(BuiltInDefaults.Json)!.AsObject(), string.Empty, missing);
        var reduced = JsonNode.Parse(BuiltInDefaults.Json)!.AsObject();
        reduced["layout"]!["hyphenation"]!.AsObject().Remove("real_hyphen_words");
        var missingFromReduced = new List<string>();
        Given(typeof(PipelineFile), reduced, string.Empty, missingFromReduced);

        Assert.That(missing, Is.Empty, "settings the options records have and the built-in pipeline.json does not give");
        Assert.That(missingFromReduced, Is.EqualTo(new[] { "layout.hyphenation.real_hyphen_words" }), "the walk reaches nested settings");
    }

    /// <summary>Adds to <paramref name="missing"/> each settable property of <paramref name="type"/> the JSON object does not give, at any depth.</summary>
    private static void Given(Type type, JsonObject json, string path, List<string> missing)
    {
        foreach (var property in type.GetProperties().Where(p => p.SetMethod is not null && p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), true).Length == 0))
        {
            var key = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            var where = path.Length == 0 ? key : $"{path}.{key}";
            if (!json.TryGetPropertyValue(key, out var value))
            {
                missing.Add(where);
                continue;
            }

            var element = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
                ? property.PropertyType.GetGenericArguments()[0]
                : property.PropertyType;
            if (!IsSection(element))
            {
                continue;
            }

            if (value is JsonObject child)
            {
                Given(element, child, where, missing);
            }
            else if (value is JsonArray { Count: > 0 } items && items[0] is JsonObject first)
            {
                Given(element, first, where + "[0]", missing);
            }
        }
    }

    private static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsGenericType && type.Namespace?.StartsWith("Extraction", StringComparison.Ordinal) == true;

    private static string Sections(ExtractionSettings s) => System.Text.Json.JsonSerializer.Serialize(
        new object[] { s.SchemaVersion, s.InputPath, s.OutputPath, s.Reader, s.Pipeline, s.Writers, s.Batch, s.Postgres },
        new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower });
}
