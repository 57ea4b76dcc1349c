using Extraction.Pipeline;

namespace Extraction.Cli.CommandLine;

/// <summary>
/// Makes sure an output folder exists and can be written before any document is read, so a folder that cannot be used
/// is a usage error naming the option rather than a crash halfway.
/// </summary>
internal static class OutputFolder
{
    /// <returns>The folder's full path.</returns>
    /// <exception cref="ConfigurationException">The folder cannot be created or written; the key is <paramref name="option"/>.</exception>
    public static string Prepare(string path, string option)
    {
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
            using var probe = new FileStream(Path.Combine(full, $".write-check-{Environment.ProcessId}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ConfigurationException(option, $"'{full}' cannot be used as an output folder: {ex.Message}", ex);
        }

        return full;
    }
}
