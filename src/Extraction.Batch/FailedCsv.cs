using CsvHelper;
using Extraction.Outputs;

namespace Extraction.Batch;

/// <summary>
/// Writes failed.csv: one row per input whose last attempt failed, over every run into the folder (<c>input, file,
/// sha256, error_code, stage, message</c>), in ordinal order of input; a header alone when none is failed.
/// </summary>
public static class FailedCsv
{
    public const string FileName = "failed.csv";

    public static readonly IReadOnlyList<string> Columns = ["input", "file", "sha256", "error_code", "stage", "message"];

    /// <summary>The inputs whose last attempt in <paramref name="history"/> failed: a later processing or unchanged skip of the same input clears a failure.</summary>
    public static IReadOnlyList<RunChange> Open(IEnumerable<RunRecord> history)
    {
        var open = new SortedDictionary<string, RunChange>(StringComparer.Ordinal);
        foreach (var run in history)
        {
            foreach (var done in run.Added.Concat(run.Reprocessed).Concat(run.Skipped))
            {
                open.Remove(done.Input);
            }

            foreach (var failed in run.Failed)
            {
                open[failed.Input] = failed;
            }
        }

        return open.Values.ToList();
    }

    public static void Write(IEnumerable<RunChange> failures, Stream output, bool excel)
    {
        using var writer = new StreamWriter(output, CsvDialect.Encoding(excel), leaveOpen: true);
        using var csv = new CsvWriter(writer, CsvDialect.Configuration(excel));
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var failure in failures)
        {
            csv.WriteField(failure.Input);
            csv.WriteField(Path.GetFileName(failure.Input));
            csv.WriteField(failure.Sha256);
            csv.WriteField(failure.Error?.Code);
            csv.WriteField(failure.Error?.Stage);
            csv.WriteField(failure.Error?.Message);
            csv.NextRecord();
        }
    }
}
