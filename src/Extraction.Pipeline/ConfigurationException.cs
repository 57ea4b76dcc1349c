namespace Extraction.Pipeline;

/// <summary>pipeline.json is missing, malformed or holds a bad value; <see cref="Key"/> names the offending setting.</summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string key, string message, Exception? inner = null)
        : base($"{key}: {message}", inner)
    {
        Key = key;
    }

    public string Key { get; }
}
