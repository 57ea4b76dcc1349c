using Extraction.Outputs;
using Parquet.Serialization;
using Parquet;
using Polly;

namespace Extraction.Batch;

/// <summary>
/// Rebuilds the run-level tables from the whole store after a run, so the output folder is a dataset that grows with
/// each run rather than the results of the last one: facts.csv and facts.parquet hold the facts of every complete
/// document folder (in ordinal order of input path), failed.csv every input whose last attempt failed.
/// </summary>
internal static class Dataset
{
    public static StoreTotals Rebuild(DocumentStore store, RunFiles files, WriterOptions writers, IReadOnlyList<RunRecord> history, ResiliencePipeline io)
    {
        var documents = store.Complete();
        var facts = 0;
        io.Execute(() => AtomicFile.Write(files.Facts, stream => facts = WriteCsv(store, documents, stream, writers.CsvExcel)));
        if (files.FactsParquet is { } parquet)
        {
            io.Execute(() => AtomicFile.Write(parquet, stream => WriteParquet(store, documents, stream)));
        }

        var failed = FailedCsv.Open(history);
        io.Execute(() => AtomicFile.Write(files.FailedCsv, stream => FailedCsv.Write(failed, stream, writers.CsvExcel)));
        return new StoreTotals(documents.Count, facts, failed.Count);
    }

    private static int WriteCsv(DocumentStore store, IReadOnlyList<StoredDocument> documents, Stream stream, bool excel)
    {
        using var text = new StreamWriter(stream, CsvDialect.Encoding(excel), leaveOpen: true);
        using var csv = FactsCsvWriter.Writer(text, excel);
        var count = 0;
        csv.WriteRecords(Array.Empty<Fact>());
        foreach (var document in documents)
        {
            var facts = store.ReadFacts(document.Sha256);
            csv.WriteRecords(facts);
            count += facts.Count;
        }

        return count;
    }

    private static void WriteParquet(DocumentStore store, IReadOnlyList<StoredDocument> documents, Stream stream)
    {
        var rows = documents.SelectMany(d => store.ReadFacts(d.Sha256)).Select(ParquetFact.From).ToList();
        ParquetSerializer.SerializeAsync(rows, stream, new ParquetOptions()).GetAwaiter().GetResult();
    }
}
