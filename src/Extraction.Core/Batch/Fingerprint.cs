using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Extraction.Core.Configuration;
using Extraction.Core.Pipeline;

namespace Extraction.Core.Batch;

/// <summary>
/// Hashes of what a document's outputs depend on besides its bytes. The configuration fingerprint covers the stage
/// options of pipeline.json and the build of the program (its assemblies' module ids, which a deterministic build
/// derives from the source); the document fingerprint adds the file name and the manifest's values. A document is
/// skipped only when both its content and its fingerprint are unchanged.
/// </summary>
public static class Fingerprint
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Configuration(PipelineOptions options)
    {
        var text = new StringBuilder();
        foreach (var section in new object[] { options.Stages, options.Layout, options.Tables, options.Structure, options.Numbers, options.Columns, options.Assembly, options.Checks, options.Writers })
        {
            text.Append(JsonSerializer.Serialize(section, section.GetType(), Json)).Append('\n');
        }

        text.Append(typeof(DocumentPipeline).Module.ModuleVersionId).Append('\n');
        text.Append(typeof(Extraction.Pdf.Document.PdfDocument).Module.ModuleVersionId).Append('\n');
        return Hash(text.ToString());
    }

    public static string Document(string configuration, string fileName, DocumentOverrides overrides) =>
        Hash($"{configuration}\n{fileName}\n{JsonSerializer.Serialize(overrides, Json)}");

    /// <summary>Lower-case hex SHA-256 of a text's UTF-8 bytes.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
