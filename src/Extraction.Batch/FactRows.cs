using System.Collections.Concurrent;
using System.Text;
using CsvHelper;
using Extraction.Outputs;

namespace Extraction.Batch;

/// <summary>
/// Writes a document's facts.csv (the header, then its rows) with pooled CsvHelper writers: building a writer costs
/// more than a document's rows, and a batch writes thousands of these files. The bytes are those of
/// <see cref="FactsCsvWriter.Write(IEnumerable{Fact}, TextWriter)"/>, so the run's facts.csv can be assembled from them.
/// </summary>
internal static class FactRows
{
    private static readonly ConcurrentBag<Buffer> Pool = [];
    private static readonly Lazy<byte[]> Header = new(() =>
    {
        using var text = new StringWriter();
        FactsCsvWriter.Write([], text);
        return new UTF8Encoding(false).GetBytes(text.ToString());
    });

    public static void Write(IReadOnlyList<Fact> facts, string path)
    {
        var buffer = Pool.TryTake(out var pooled) ? pooled : new Buffer();
        try
        {
            buffer.Bytes.SetLength(0);
            buffer.Csv.WriteRecords(facts);
            buffer.Csv.Flush();
            buffer.Text.Flush();
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            file.Write(Header.Value);
            buffer.Bytes.Position = 0;
            buffer.Bytes.CopyTo(file);
        }
        finally
        {
            Pool.Add(buffer);
        }
    }

    private sealed class Buffer
    {
        public Buffer()
        {
            Text = new StreamWriter(Bytes, new UTF8Encoding(false), leaveOpen: true);
            Csv = FactsCsvWriter.RowWriter(Text);
        }

        public MemoryStream Bytes { get; } = new();

        public StreamWriter Text { get; }

        public CsvWriter Csv { get; }
    }
}
