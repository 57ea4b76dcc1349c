namespace Extraction.Core.Pipeline;

/// <summary>Turns the run's inputs (PDF files and folders, searched recursively) into a sorted list of PDF paths.</summary>
public static class InputResolver
{
    /// <summary>The PDFs named by <paramref name="inputs"/>, each once, in ordinal order; inputs that do not exist are returned apart.</summary>
    public static (IReadOnlyList<string> Pdfs, IReadOnlyList<string> Missing) Resolve(IEnumerable<string> inputs)
    {
        var pdfs = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true };
                foreach (var file in Directory.EnumerateFiles(full, "*.pdf", options))
                {
                    pdfs.Add(file);
                }
            }
            else if (File.Exists(full))
            {
                pdfs.Add(full);
            }
            else
            {
                missing.Add(full);
            }
        }

        return (pdfs.ToList(), missing);
    }
}
