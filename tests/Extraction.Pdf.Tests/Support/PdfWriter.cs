using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Extraction.Pdf.Tests.Support;

/// <summary>One row of a cross-reference section as a test wants it written.</summary>
internal readonly record struct XrefRow(int Number, XrefRowKind Kind, long Field2, int Field3)
{
    public static XrefRow Free(int number, int nextFree = 0, int generation = 65535) => new(number, XrefRowKind.Free, nextFree, generation);

    public static XrefRow InFile(int number, long offset, int generation = 0) => new(number, XrefRowKind.InFile, offset, generation);

    public static XrefRow Compressed(int number, int streamNumber, int index) => new(number, XrefRowKind.Compressed, streamNumber, index);
}

internal enum XrefRowKind
{
    Free,
    InFile,
    Compressed,
}

/// <summary>
/// Writes PDF files byte by byte for tests, with every structural choice explicit: objects, object streams, classic
/// and stream cross-reference sections, trailers and startxref, each at offsets the test can read back or falsify.
/// </summary>
internal sealed class PdfWriter
{
    private readonly MemoryStream output = new();
    private readonly Dictionary<int, long> offsets = new();

    public PdfWriter(string version = "1.7")
    {
        Raw($"%PDF-{version}\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    public long Position => output.Position;

    /// <summary>Offset of the last definition of each object written so far.</summary>
    public IReadOnlyDictionary<int, long> Offsets => offsets;

    public PdfWriter Raw(string text)
    {
        output.Write(Encoding.Latin1.GetBytes(text));
        return this;
    }

    public PdfWriter Raw(byte[] bytes)
    {
        output.Write(bytes);
        return this;
    }

    /// <summary>Writes "N G obj body endobj" and returns its offset.</summary>
    public long Object(int number, string body, int generation = 0)
    {
        var offset = Position;
        offsets[number] = offset;
        Raw(Invariant($"{number} {generation} obj\n{body}\nendobj\n"));
        return offset;
    }

    /// <summary>Writes a stream object; <paramref name="entries"/> go inside its dictionary besides /Length.</summary>
    public long Stream(int number, string entries, byte[] data, int generation = 0, string? length = null)
    {
        var offset = Position;
        offsets[number] = offset;
        Raw(Invariant($"{number} {generation} obj\n<< {entries} /Length {length ?? data.Length.ToString(CultureInfo.InvariantCulture)} >>\nstream\n"));
        Raw(data);
        Raw("\nendstream\nendobj\n");
        return offset;
    }

    public long Stream(int number, string entries, string data, int generation = 0, string? length = null) =>
        Stream(number, entries, Encoding.Latin1.GetBytes(data), generation, length);

    /// <summary>An object stream holding <paramref name="members"/> (number, body), Flate-compressed.</summary>
    public long ObjectStream(int number, IReadOnlyList<(int Number, string Body)> members, string extraEntries = "")
    {
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (member, body) in members)
        {
            header.Append(Invariant($"{member} {bodies.Length} "));
            bodies.Append(body).Append('\n');
        }

        var first = header.Length;
        var data = Encoding.Latin1.GetBytes(header.ToString() + bodies);
        return Stream(number, Invariant($"/Type /ObjStm /N {members.Count} /First {first} /Filter /FlateDecode {extraEntries}"), FilterEncoders.Flate(data));
    }

    /// <summary>A classic "xref" table with one subsection per run of consecutive numbers, then the trailer.</summary>
    public long XrefTable(IEnumerable<XrefRow> rows, string trailerEntries)
    {
        var offset = Position;
        Raw("xref\n");
        foreach (var run in Runs(rows))
        {
            Raw(Invariant($"{run[0].Number} {run.Count}\n"));
            foreach (var row in run)
            {
                Raw(row.Kind == XrefRowKind.Free
                    ? Invariant($"{row.Field2:D10} {row.Field3:D5} f\r\n")
                    : Invariant($"{row.Field2:D10} {row.Field3:D5} n\r\n"));
            }
        }

        Raw(Invariant($"trailer\n<< {trailerEntries} >>\n"));
        return offset;
    }

    /// <summary>A cross-reference stream (object <paramref name="number"/>) with /W [1 4 2]; it lists itself too.</summary>
    public long XrefStream(int number, IEnumerable<XrefRow> rows, string trailerEntries, bool compress = true)
    {
        var offset = Position;
        var all = rows.Append(XrefRow.InFile(number, offset)).OrderBy(r => r.Number).ToList();
        var data = new List<byte>();
        var index = new StringBuilder();
        foreach (var run in Runs(all))
        {
            index.Append(Invariant($"{run[0].Number} {run.Count} "));
            foreach (var row in run)
            {
                data.Add((byte)row.Kind);
                data.AddRange(BigEndian(row.Field2, 4));
                data.AddRange(BigEndian(row.Field3, 2));
            }
        }

        var bytes = data.ToArray();
        var filter = compress ? "/Filter /FlateDecode " : string.Empty;
        Stream(number, Invariant($"/Type /XRef /W [1 4 2] /Index [{index.ToString().Trim()}] {filter}{trailerEntries}"), compress ? FilterEncoders.Flate(bytes) : bytes);
        return offset;
    }

    public PdfWriter StartXref(long offset) => Raw(Invariant($"startxref\n{offset}\n%%EOF\n"));

    /// <summary>Rows for objects written so far, at their recorded offsets, with the free head entry 0.</summary>
    public List<XrefRow> RowsForWrittenObjects() =>
        offsets.OrderBy(o => o.Key).Select(o => XrefRow.InFile(o.Key, o.Value)).Prepend(XrefRow.Free(0)).ToList();

    public byte[] ToArray() => output.ToArray();

    private static IEnumerable<List<XrefRow>> Runs(IEnumerable<XrefRow> rows)
    {
        List<XrefRow>? run = null;
        foreach (var row in rows.OrderBy(r => r.Number))
        {
            if (run is not null && row.Number == run[^1].Number + 1)
            {
                run.Add(row);
                continue;
            }

            if (run is not null)
            {
                yield return run;
            }

            run = [row];
        }

        if (run is not null)
        {
            yield return run;
        }
    }

    private static IEnumerable<byte> BigEndian(long value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            yield return (byte)(value >> (8 * i));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
