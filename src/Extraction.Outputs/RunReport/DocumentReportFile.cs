using System.Text.Json.Serialization;
using System.Text.Json;

namespace Extraction.Outputs.RunReport;

/// <summary>
/// A document's line of the run report, kept in its output folder: a run that skips an unchanged document still
/// reports it as it was read, without processing it again.
/// </summary>
public static class DocumentReportFile
{
    public const string FileName = "report-line.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static void Write(DocumentReport report, string path)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, report, Json);
    }

    /// <summary>The stored line, or null when the file is missing or unreadable (the report then shows the run's own figures).</summary>
    public static DocumentReport? TryRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<DocumentReport>(stream, Json);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
