using Extraction.Outputs.Json;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Outputs;

/// <summary>
/// Writes one document's JSON files into a folder, one per policy area, else per committee, else one named
/// <c>document.json</c> (<c>&lt;slug&gt;.json</c>). Where the folder is, and how it is made complete atomically, is the
/// batch's business.
/// </summary>
public sealed class OutputWriter
{
    private readonly WriterOptions options;

    public OutputWriter(WriterOptions options)
    {
        this.options = options;
    }

    /// <summary>Writes the document's JSON files into <paramref name="folder"/> and returns their names.</summary>
    public IReadOnlyList<string> WriteDocument(DocumentExtraction extraction, string folder)
    {
        Directory.CreateDirectory(folder);
        var names = new List<string>();
        foreach (var document in PolicyAreaDocumentBuilder.Build(extraction))
        {
            var name = document.Group.Slug + ".json";
            using (var stream = File.Create(Path.Combine(folder, name)))
            {
                PolicyAreaJsonWriter.Write(document, stream, options.JsonIndented);
            }

            names.Add(name);
        }

        return names;
    }
}
