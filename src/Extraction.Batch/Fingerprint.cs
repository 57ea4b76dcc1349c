using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Extraction.Document;
using Extraction.Pipeline;

namespace Extraction.Batch;

/// <summary>
/// Hashes of what a document's outputs depend on besides its bytes. The configuration fingerprint covers the stage
/// options of pipeline.json, the build of the pipeline (its module id, which a deterministic build derives from the
/// source) and the reader that read the document, by name and build; the document fingerprint adds the file name and the manifest's values. A document is
/// skipped only when both its content and its fingerprint are unchanged.
/// </summary>
public static class Fingerprint
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Configuration(BatchSettings settings, ReaderIdentity reader)
    {
        var text = new StringBuilder();
        var pipeline = settings.Pipeline;
        foreach (var section in new object[] { pipeline.Layout, pipeline.Tables, pipeline.Structure, pipeline.Numbers, pipeline.Columns, pipeline.Assembly, pipeline.Checks, pipeline.Proposals, settings.Writers })
        {
            text.Append(JsonSerializer.Serialize(section, section.GetType(), Json)).Append('\n');
        }

        text.Append(typeof(DocumentPipeline).Module.ModuleVersionId).Append('\n');
        text.Append(typeof(Outputs.OutputWriter).Module.ModuleVersionId).Append('\n');
        text.Append(reader.Name).Append(' ').Append(reader.Version).Append('\n');
        return Hash(text.ToString());
    }

    public static string Document(string configuration, string fileName, DocumentOverrides overrides) =>
        Hash($"{configuration}\n{fileName}\n{JsonSerializer.Serialize(overrides, Json)}");

    /// <summary>Lower-case hex SHA-256 of a text's UTF-8 bytes.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
