namespace Extraction.Tests.Shared;

/// <summary>Locates the repository's folders from a test's working directory, so tests run from any build output.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Corpus => Path.Combine(Fixtures, "corpus");

    public static IEnumerable<string> CorpusPdfs() => Directory.GetFiles(Corpus, "*.pdf").Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Extraction.sln not found above " + AppContext.BaseDirectory);
    }
}
