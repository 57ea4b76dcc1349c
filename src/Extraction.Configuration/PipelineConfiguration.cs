using System.Text.Json.Serialization;
using System.Text.Json;
using Extraction.Pipeline;

namespace Extraction.Configuration;

/// <summary>Loads and validates pipeline.json. Unknown keys, wrong types and bad values are errors naming the key.</summary>
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

    /// <summary>Loads <paramref name="path"/>; relative paths in it are resolved against its folder.</summary>
    public static ExtractionSettings Load(string path)
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

        return Parse(text, Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    public static ExtractionSettings Parse(string json, string baseDirectory)
    {
        PipelineFile? file;
        try
        {
            file = JsonSerializer.Deserialize<PipelineFile>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(Key(ex.Path), ex.Message, ex);
        }

        if (file is null)
        {
            throw new ConfigurationException("$", "the configuration is empty.");
        }

        var options = file.ToSettings(baseDirectory);
        OptionsValidator.Validate(options);
        return options;
    }

    /// <summary>
    /// Loads <paramref name="path"/> when one is given, else the pipeline.json found from <paramref name="start"/> up;
    /// a <see cref="ConfigurationException"/> when there is none.
    /// </summary>
    public static ExtractionSettings LoadOrFind(string? path, string start) =>
        Load(path ?? Find(start)
            ?? throw new ConfigurationException(FileName, "not found in the current folder or any folder above it; pass --config."));

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

    private static string Key(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) ? "$" : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath;
}
