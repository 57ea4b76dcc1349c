using System.Reflection;

namespace Extraction.Configuration;

/// <summary>
/// The repository's pipeline.json, embedded at build time: the values every setting has when no file gives one, so the
/// tool works from any folder and a user's file needs only the keys it changes.
/// </summary>
public static class BuiltInDefaults
{
    private const string ResourceName = "Extraction.Configuration.pipeline.json";

    private static readonly Lazy<string> Text = new(ReadResource);

    /// <summary>The embedded pipeline.json as written.</summary>
    public static string Json => Text.Value;

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build lost the embedded {ResourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
