using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extraction.Pipeline.Tables.Rows;
using Extraction.Tests.Shared;

namespace Extraction.Tests.Tables;

/// <summary>
/// The committed row model is reproducible and honest about its data: its recipe (written by the trainer beside
/// the model) names the generator seeds the training script uses, none of them a seed of the evaluation fixtures,
/// the features the pipeline computes today, and counts and a held-out score that the documentation repeats.
/// </summary>
[TestFixture]
public sealed partial class RowModelRecipeTests
{
    private static readonly string Rows = Path.Combine(RepositoryPaths.Root, "src", "Extraction.Pipeline", "Stages", "2-Tables", "Rows");

    [Test]
    public void The_model_was_trained_on_the_seeds_of_the_training_script_and_on_none_of_the_evaluation_fixtures()
    {
        var recipe = Recipe();
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "train-row-model.sh"));
        var scriptSeeds = ScriptSeeds().Match(script).Groups["seeds"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var seeds = recipe.GetProperty("generator_seeds").EnumerateArray().Select(s => s.GetInt32()).ToList();

        Assert.That(seeds, Is.EqualTo(scriptSeeds));
        Assert.That(seeds, Has.None.InRange(1, 3), "seeds 1-3 render the committed evaluation fixtures (fixtures/generated)");
        Assert.That(recipe.GetProperty("pdfs").GetInt32(), Is.GreaterThan(0));
    }

    [Test]
    public void The_model_knows_the_features_the_pipeline_computes()
    {
        var features = Recipe().GetProperty("features").EnumerateArray().Select(f => f.GetString()).ToList();

        Assert.That(features, Is.EqualTo(RowGapFeatures.Names));
    }

    [Test]
    public void The_documentation_repeats_the_recipe()
    {
        var recipe = Recipe();
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "table-structure.md"));
        var section = doc[doc.IndexOf("## Learned row decisions", StringComparison.Ordinal)..];
        var seeds = recipe.GetProperty("generator_seeds").EnumerateArray().Select(s => s.GetInt32().ToString(CultureInfo.InvariantCulture)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(section, Does.Contain($"seeds {string.Join(" and ", seeds)}"));
            Assert.That(section, Does.Contain($"{recipe.GetProperty("pdfs").GetInt32()} PDFs"));
            Assert.That(section, Does.Contain($"seed {recipe.GetProperty("seed").GetInt32()},"));
            Assert.That(section, Does.Contain(
                $"{recipe.GetProperty("held_out_model_accuracy").GetDouble().ToString("0.0000", CultureInfo.InvariantCulture)} of {recipe.GetProperty("held_out_gaps").GetInt32()}"));
        });
    }

    private static JsonElement Recipe() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Rows, "row-boundaries.recipe.json"))).RootElement;

    [GeneratedRegex(@"^seeds=\((?<seeds>[0-9 ]+)\)$", RegexOptions.Multiline)]
    private static partial Regex ScriptSeeds();
}
