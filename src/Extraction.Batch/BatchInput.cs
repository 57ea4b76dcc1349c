using Extraction.Pipeline;

namespace Extraction.Batch;

/// <summary>One document the run was asked to process.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Overrides">Values a manifest gives for it (municipality, fiscal year, kind, source URL).</param>
/// <param name="Manifest">The manifest line that named it, if one did.</param>
/// <param name="Password">The manifest's password for it, in place of the reader's; never written to any output.</param>
public sealed record BatchInput(string Path, DocumentOverrides Overrides, ManifestLine? Manifest = null, string? Password = null)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}

/// <summary>A line of a manifest: the file and the 1-based line number (the header is line 1).</summary>
public sealed record ManifestLine(string File, int Line);
