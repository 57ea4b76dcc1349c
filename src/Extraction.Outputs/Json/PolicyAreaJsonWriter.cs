using System.Text.Encodings.Web;
using System.Text.Json;

namespace Extraction.Outputs.Json;

/// <summary>Writes policy-area documents as JSON (snake_case, UTF-8, Danish letters unescaped).</summary>
public static class PolicyAreaJsonWriter
{
    public static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(PolicyAreaDocument document, Stream output, bool indented) =>
        JsonSerializer.Serialize(output, document, Options(indented));
}
