using System.Globalization;
using CsvHelper.Configuration;
using CsvHelper;
using Extraction.Pipeline;
using ConfigurationException = Extraction.Pipeline.ConfigurationException;

namespace Extraction.Batch;

/// <summary>
/// Reads a manifest: a CSV file with a header row, a <c>path</c> column (relative to the manifest's folder, or
/// absolute) and the optional columns <c>municipality</c>, <c>fiscal_year</c>, <c>document_kind</c> and
/// <c>source_url</c>, whose non-empty values override what the pipeline detects, and <c>password</c>, which opens an
/// encrypted file. A manifest that cannot be used is a
/// <see cref="ConfigurationException"/> naming the file, line and column, raised before any document is processed.
/// </summary>
public static class ManifestReader
{
    public const string PathColumn = "path";

    public static readonly IReadOnlyList<string> Columns = [PathColumn, "municipality", "fiscal_year", "document_kind", "source_url", "password"];

    /// <summary>Whether an input names a manifest rather than a PDF.</summary>
    public static bool IsManifest(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<BatchInput> Read(string manifestPath, IReadOnlyCollection<string> documentKinds)
    {
        var folder = System.IO.Path.GetDirectoryName(manifestPath)!;
        var inputs = new List<BatchInput>();
        try
        {
            using var reader = new StreamReader(manifestPath);
            using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim });
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new ConfigurationException(manifestPath, "the manifest is empty; it needs a header row with a 'path' column.");
            }

            var header = csv.HeaderRecord!;
            foreach (var column in header.Where(c => !Columns.Contains(c)))
            {
                throw new ConfigurationException($"{manifestPath}: {column}", $"unknown column; the columns are {string.Join(", ", Columns)}.");
            }

            if (!header.Contains(PathColumn))
            {
                throw new ConfigurationException($"{manifestPath}: {PathColumn}", "the manifest has no 'path' column.");
            }

            while (csv.Read())
            {
                var line = csv.Parser.Row;
                string? Field(string name) => header.Contains(name) && csv.GetField(name) is { Length: > 0 } value ? value : null;
                string Key(string name) => $"{manifestPath}:{line}: {name}";

                var path = Field(PathColumn) ?? throw new ConfigurationException(Key(PathColumn), "is empty.");
                int? year = null;
                if (Field("fiscal_year") is { } yearText)
                {
                    year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1000 and <= 9999
                        ? y
                        : throw new ConfigurationException(Key("fiscal_year"), $"'{yearText}' is not a year.");
                }

                var kind = Field("document_kind");
                if (kind is not null && !documentKinds.Contains(kind))
                {
                    throw new ConfigurationException(Key("document_kind"), $"'{kind}' is not a document kind; the kinds are {string.Join(", ", documentKinds)}.");
                }

                var url = Field("source_url");
                if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
                {
                    throw new ConfigurationException(Key("source_url"), $"'{url}' is not an absolute URL.");
                }

                var overrides = new DocumentOverrides(Field("municipality"), year, kind, url);
                inputs.Add(new BatchInput(System.IO.Path.GetFullPath(path, folder), overrides, new ManifestLine(manifestPath, line), Field("password")));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(manifestPath, $"the manifest cannot be read: {ex.Message}", ex);
        }
        catch (CsvHelperException ex)
        {
            throw new ConfigurationException(manifestPath, $"the manifest is not valid CSV: {ex.Message}", ex);
        }

        return inputs;
    }
}
