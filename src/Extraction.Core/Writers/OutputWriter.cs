using Extraction.Core.Model;
using Extraction.Core.Writers.Json;

namespace Extraction.Core.Writers;

/// <summary>
/// Lays out a run's files: <c>DIR/documents/&lt;pdf-stem&gt;/&lt;slug&gt;.json</c> per document (the slug of its policy
/// area, else of its committee, else <c>document</c>) and <c>DIR/facts.csv</c> for the run.
/// </summary>
public sealed class OutputWriter
{
    private readonly string directory;
    private readonly WriterOptions options;

    public OutputWriter(string directory, WriterOptions options)
    {
        this.directory = directory;
        this.options = options;
    }

    public string FactsPath => Path.Combine(directory, options.FactsFile);

    public string DocumentFolder(string sourcePath) =>
        Path.Combine(directory, options.DocumentsFolder, Path.GetFileNameWithoutExtension(sourcePath));

    /// <summary>Writes the document's JSON files and returns their paths.</summary>
    public IReadOnlyList<string> WriteDocument(DocumentExtraction extraction)
    {
        var folder = DocumentFolder(extraction.SourcePath);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var document in PolicyAreaDocumentBuilder.Build(extraction))
        {
            var path = Path.Combine(folder, document.Group.Slug + ".json");
            using (var stream = File.Create(path))
            {
                PolicyAreaJsonWriter.Write(document, stream, options.JsonIndented);
            }

            paths.Add(path);
        }

        return paths;
    }

    public string WriteFacts(IEnumerable<Fact> facts)
    {
        Directory.CreateDirectory(directory);
        FactsCsvWriter.Write(facts, FactsPath);
        return FactsPath;
    }
}
