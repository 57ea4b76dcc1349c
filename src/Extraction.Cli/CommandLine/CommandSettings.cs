using Extraction.Configuration;
using Extraction.Pipeline;

namespace Extraction.Cli.CommandLine;

/// <summary>The configuration a command works with: <c>--config</c>, or pipeline.json found upward, or the built-in defaults; then <c>--reader</c>.</summary>
internal static class CommandSettings
{
    /// <exception cref="ConfigurationException">The file cannot be read or a value in it is bad.</exception>
    public static ExtractionSettings Load(string? config, string? reader)
    {
        var settings = PipelineConfiguration.LoadOrFind(config, Directory.GetCurrentDirectory());
        return reader is null ? settings : settings with { Reader = reader };
    }

    /// <summary>How a configuration or option error is told, the same in every command: the key or option, then what is wrong.</summary>
    public static string Describe(ConfigurationException error) => $"Error: {error.Message}";
}
