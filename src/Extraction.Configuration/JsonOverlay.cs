using System.Text.Json.Nodes;

namespace Extraction.Configuration;

/// <summary>
/// Lays a user's configuration over the built-in defaults: objects merge key by key, at any depth; any other value,
/// arrays included, replaces the default whole (a list of patterns is one setting, not items to add to).
/// </summary>
internal static class JsonOverlay
{
    public static JsonObject Apply(JsonObject defaults, JsonObject overrides)
    {
        var merged = (JsonObject)defaults.DeepClone();
        foreach (var (key, value) in overrides)
        {
            merged[key] = value is JsonObject child && merged[key] is JsonObject basis
                ? Apply(basis, child)
                : value?.DeepClone();
        }

        return merged;
    }
}
