using Extraction.Pipeline;

namespace Extraction.Batch;

/// <summary>
/// Turns the run's inputs (PDF files, folders searched recursively for <c>*.pdf</c>, CSV manifests) into one entry
/// per file, in ordinal order of path. A file named twice is kept once: a manifest's entry (with its values) wins
/// over the same file found in a folder. Names that do not exist are kept, to be reported as failed.
/// </summary>
public static class InputResolver
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
    };

    /// <summary>Resolves the inputs; a manifest that cannot be used throws <see cref="Configuration.ConfigurationException"/>.</summary>
    public static IReadOnlyList<BatchInput> Resolve(IEnumerable<string> inputs, IReadOnlyCollection<string> documentKinds)
    {
        var byPath = new SortedDictionary<string, BatchInput>(StringComparer.Ordinal);
        void Add(BatchInput input)
        {
            if (!byPath.TryGetValue(input.Path, out var known) || (known.Manifest is null && input.Manifest is not null))
            {
                byPath[input.Path] = input;
            }
        }

        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.pdf", Recursive))
                {
                    Add(new BatchInput(file, DocumentOverrides.None));
                }
            }
            else if (ManifestReader.IsManifest(full) && File.Exists(full))
            {
                foreach (var entry in ManifestReader.Read(full, documentKinds))
                {
                    Add(entry);
                }
            }
            else
            {
                Add(new BatchInput(full, DocumentOverrides.None));
            }
        }

        return byPath.Values.ToList();
    }
}
