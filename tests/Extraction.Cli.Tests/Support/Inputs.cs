using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests.Support;

/// <summary>Input files the command-line tests share.</summary>
internal static class Inputs
{
    /// <summary>A small budget PDF of the corpus (6 pages).</summary>
    public static string Budget => System.IO.Path.Combine(RepositoryPaths.Corpus, "000_360efd37c18e3eeb.pdf");

    /// <summary>Page 1 of a corpus PDF, AES-256 encrypted with the user password <see cref="UserPassword"/> (fixtures/reader/README.md).</summary>
    public static string Encrypted => System.IO.Path.Combine(RepositoryPaths.Fixtures, "reader", "aes-256-user-password.pdf");

    public const string UserPassword = "user-secret";

    /// <summary>A path no folder can be made at: below an existing file.</summary>
    public static string Unusable(TemporaryFolder folder)
    {
        File.WriteAllText(folder["a-file"], "x");
        return System.IO.Path.Combine(folder["a-file"], "out");
    }
}
