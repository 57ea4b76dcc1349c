using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Extraction.Batch;

/// <summary>
/// <c>documents/&lt;sha256&gt;/stored-document.json</c>: what a completed document's folder holds and what it was made from.
/// Nothing in it depends on time, so a resumed run over the same inputs writes the same bytes.
/// </summary>
/// <param name="Fingerprint">Hash of what else the outputs depend on: the configuration, the program, the file name and the manifest's values.</param>
/// <param name="Files">The policy-area JSON files in the folder.</param>
/// <param name="SourcePath">The input path the document was processed from (its facts carry it; the dataset is ordered by it).</param>
public sealed record StoredDocument(
    string Schema,
    int SchemaVersion,
    string Sha256,
    string Fingerprint,
    string SourceFile,
    string Status,
    int Pages,
    int Tables,
    int Facts,
    int Warnings,
    int ReaderWarnings,
    int UnreadFigures,
    StoredOverrides? Overrides,
    IReadOnlyList<string> Files,
    string? SourcePath = null)
{
    /// <summary>Pages of which the reader could read nothing.</summary>
    public int PagesUnread { get; init; }

    /// <summary>Pages the reader read only up to a failure.</summary>
    public int PagesPartlyRead { get; init; }

    /// <summary>Streams the reader skipped for damage or a limit.</summary>
    public int StreamsSkipped { get; init; }

    public const string SchemaName = "extraction/document";
    public const int CurrentVersion = 3;
    public const string FileName = "stored-document.json";
    public const string FactsFileName = "facts.csv";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void Write(Stream output) => JsonSerializer.Serialize(output, this, Json);

    /// <summary>Reads a stored-document.json; null when it is missing, unreadable or of another schema (the document is then processed again).</summary>
    public static StoredDocument? TryRead(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize<StoredDocument>(File.ReadAllBytes(path), Json);
            return document is { Schema: SchemaName, SchemaVersion: CurrentVersion } ? document : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>The manifest values a stored document was made with.</summary>
public sealed record StoredOverrides(string? Municipality, int? FiscalYear, string? DocumentKind, string? SourceUrl);
