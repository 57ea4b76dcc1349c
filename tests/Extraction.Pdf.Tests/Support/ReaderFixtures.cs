using Extraction.Tests.Shared;

namespace Extraction.Pdf.Tests.Support;

/// <summary>The files of fixtures/reader (see its README for how each was made).</summary>
internal static class ReaderFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Fixtures, "reader");

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>The corpus file whose first page the encrypted fixtures copy.</summary>
    public static string EncryptedSource => Path.Combine(RepositoryPaths.Corpus, "004_6d45ed6ea08fb11e.pdf");
}
