using System.Globalization;
using System.Text.Json.Nodes;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Tests.Shared;

namespace Extraction.Tests.Support;

/// <summary>The repository's pipeline.json as text, whole or with one setting changed, for tests of configuration errors.</summary>
internal static class RepositoryConfiguration
{
    public static string Json => File.ReadAllText(Path.Combine(RepositoryPaths.Root, PipelineConfiguration.FileName));

    /// <summary>The file with the value at <paramref name="path"/> ("tables.max_row_gap_em", "stages[2]") set, or added.</summary>
    public static string Edit(string path, JsonNode? value)
    {
        var root = JsonNode.Parse(Json)!;
        var node = root;
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = Step(node, parts[i]);
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[Index(last)] = value;
        }
        else
        {
            node[last] = value;
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string part) => part.StartsWith('[') ? node.AsArray()[Index(part)]! : node[part]!;

    private static int Index(string part) => int.Parse(part.Trim('[', ']'), CultureInfo.InvariantCulture);
}
