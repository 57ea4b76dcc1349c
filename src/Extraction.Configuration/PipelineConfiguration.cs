using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;
using Extraction.Pipeline;

namespace Extraction.Configuration;

/// <summary>
/// Loads and validates a configuration: a user's pipeline.json laid over the built-in defaults
/// (<see cref="BuiltInDefaults"/>), so a file may give only the keys it changes. Unknown keys, wrong types and bad values
/// are errors naming the key.
/// </summary>
public static class PipelineConfiguration
{
    public const string FileName = "pipeline.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    private static readonly JsonDocumentOptions Document = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>
    /// Loads <paramref name="path"/> over the built-in defaults. Relative paths the file gives are resolved against its
    /// folder; the defaults' own <c>input</c> and <c>output</c> against <paramref name="currentFolder"/>.
    /// </summary>
    public static ExtractionSettings Load(string path, string? currentFolder = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, $"cannot be read: {ex.Message}", ex);
        }

        return Parse(text, Path.GetDirectoryName(Path.GetFullPath(path))!, currentFolder ?? Directory.GetCurrentDirectory());
    }

    /// <summary>Parses <paramref name="json"/> over the built-in defaults; every relative path against <paramref name="baseDirectory"/>.</summary>
    public static ExtractionSettings Parse(string json, string baseDirectory) => Parse(json, baseDirectory, baseDirectory);

    /// <summary>The built-in defaults alone, with relative paths resolved against <paramref name="currentFolder"/>.</summary>
    public static ExtractionSettings Defaults(string currentFolder) => Parse("{}", currentFolder);

    /// <summary>
    /// Loads <paramref name="path"/> when one is given, else the pipeline.json found from <paramref name="start"/> up,
    /// else the built-in defaults.
    /// </summary>
    public static ExtractionSettings LoadOrFind(string? path, string start) =>
        (path ?? Find(start)) is { } file ? Load(file, start) : Defaults(start);

    /// <summary>Finds pipeline.json in <paramref name="start"/> or the nearest folder above it.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static ExtractionSettings Parse(string json, string fileFolder, string currentFolder)
    {
        PipelineFile? file;
        JsonObject user;
        try
        {
            user = JsonNode.Parse(json, documentOptions: Document) as JsonObject
                ?? throw new ConfigurationException("$", "the configuration must be a JSON object.");
            var defaults = (JsonObject)JsonNode.Parse(BuiltInDefaults.Json, documentOptions: Document)!;
            file = JsonOverlay.Apply(defaults, user).Deserialize<PipelineFile>(Json);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(Key(ex.Path), ex.Message, ex);
        }

        if (file is null)
        {
            throw new ConfigurationException("$", "the configuration is empty.");
        }

        var options = file.ToSettings(fileFolder);
        options = options with
        {
            Input = user.ContainsKey("input") ? options.Input : Path.GetFullPath(options.Input, currentFolder),
            Output = user.ContainsKey("output") ? options.Output : Path.GetFullPath(options.Output, currentFolder),
        };
        OptionsValidator.Validate(options);
        return options;
    }

    private static string Key(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}
