using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests.Support;

/// <summary>Output folders: the files that must be identical between runs over the same inputs.</summary>
internal static class OutputFolders
{
    public static SortedDictionary<string, byte[]> Of(string output)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(output, file).Replace('\\', '/');
            if (relative is not ("run.json" or "report.html" or ".lock") && !relative.StartsWith("logs/", StringComparison.Ordinal))
            {
                files[relative] = File.ReadAllBytes(file);
            }
        }

        return files;
    }

    /// <summary>Copies of the corpus PDFs made distinct by an appended comment.</summary>
    public static void DistinctCopies(string folder, int count)
    {
        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        for (var i = 0; i < count; i++)
        {
            var target = System.IO.Path.Combine(folder, $"doc-{i:000}.pdf");
            File.Copy(pdfs[i % pdfs.Count], target);
            File.AppendAllText(target, $"\n% distinct copy {i}\n");
        }
    }
}
