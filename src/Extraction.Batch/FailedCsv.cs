using System.Globalization;
using System.Text;
using CsvHelper.Configuration;
using CsvHelper;

namespace Extraction.Batch;

/// <summary>Writes failed.csv: one row per failed document (<c>input, file, sha256, error_code, stage, message</c>); a header alone when none failed.</summary>
public static class FailedCsv
{
    public const string FileName = "failed.csv";

    public static readonly IReadOnlyList<string> Columns = ["input", "file", "sha256", "error_code", "stage", "message"];

    public static void Write(IEnumerable<DocumentEntry> entries, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var entry in entries.Where(e => e.Status == DocumentStatus.Failed))
        {
            csv.WriteField(entry.Input);
            csv.WriteField(entry.FileName);
            csv.WriteField(entry.Sha256);
            csv.WriteField(entry.Error?.Code);
            csv.WriteField(entry.Error?.Stage);
            csv.WriteField(entry.Error?.Message);
            csv.NextRecord();
        }
    }
}
