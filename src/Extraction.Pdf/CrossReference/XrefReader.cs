using Extraction.Pdf.Core;
using Extraction.Pdf.Filters;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.CrossReference;

/// <summary>
/// Reads the cross-reference chain from "startxref": classic tables, xref streams, hybrid files (/XRefStm) and
/// incremental updates (/Prev). Returns null when the chain is unusable, so the caller can rebuild it by scanning.
/// </summary>
internal sealed class XrefReader
{
    private static readonly byte[] StartXref = "startxref"u8.ToArray();

    private readonly byte[] data;
    private readonly ReaderLimits limits;
    private readonly DecodeBudget budget;
    private readonly IndirectObjectParser objects;

    public XrefReader(byte[] data, ReaderLimits limits, DecodeBudget budget)
    {
        this.data = data;
        this.limits = limits;
        this.budget = budget;
        objects = new IndirectObjectParser(data, limits, budget.Cancellation);
    }

    public CrossReferenceTable? TryRead(ICollection<ReaderWarning> warnings)
    {
        var offset = FindStartXref();
        if (offset is null)
        {
            warnings.Add(Repaired("No startxref found; rebuilding the cross-reference table."));
            return null;
        }

        var builder = new XrefSectionBuilder();
        var visited = new HashSet<long>();
        var next = offset;
        while (next is { } at)
        {
            if (!visited.Add(at))
            {
                warnings.Add(Repaired("The /Prev chain of the cross-reference loops; stopped following it."));
                break;
            }

            var trailer = TryReadSection(at, builder, out var problem);
            if (trailer is null)
            {
                if (visited.Count == 1)
                {
                    warnings.Add(Repaired(FormattableString.Invariant($"No readable cross-reference section at offset {at} ({problem}); rebuilding by scanning.")));
                    return null;
                }

                // The newer sections stand; objects only the lost section knew are found by the fallback scan.
                warnings.Add(Repaired(FormattableString.Invariant($"An older cross-reference section at offset {at} cannot be read ({problem}); not following /Prev further.")));
                break;
            }

            builder.MergeTrailer(trailer);
            next = trailer["Prev"] is PdfNumber prev ? prev.IntegerValue : null;
        }

        return builder.Count == 0 ? null : builder.Build(recovered: false);
    }

    private PdfDictionary? TryReadSection(long offset, XrefSectionBuilder builder, out string problem)
    {
        problem = "nothing there";
        if (offset < 0 || offset >= data.Length)
        {
            problem = "outside the file";
            return null;
        }

        try
        {
            // A section that fails part-way may leave some entries behind; each is checked when its object is loaded.
            return ReadSection(offset, builder);
        }
        catch (PdfReadException ex)
        {
            problem = ex.Message;
            return null;
        }
    }

    private long? FindStartXref()
    {
        var searchFrom = Math.Max(0, data.Length - 4096);
        var index = data.AsSpan(searchFrom).LastIndexOf(StartXref);
        if (index < 0)
        {
            index = data.AsSpan().LastIndexOf(StartXref);
            searchFrom = 0;
        }

        if (index < 0)
        {
            return null;
        }

        var lexer = new PdfLexer(data, searchFrom + index + StartXref.Length);
        return lexer.Next() == TokenKind.Integer && lexer.IntegerValue >= 0 && lexer.IntegerValue < data.Length ? lexer.IntegerValue : null;
    }

    /// <summary>Reads one section (table or stream) at <paramref name="offset"/>, adding entries; returns its trailer.</summary>
    private PdfDictionary? ReadSection(long offset, XrefSectionBuilder builder)
    {
        var lexer = new PdfLexer(data, (int)offset);
        if (lexer.Next() == TokenKind.Keyword && lexer.Text == "xref")
        {
            var section = new Dictionary<int, XrefEntry>();
            var trailer = XrefTableParser.Parse(lexer, section, limits);
            if (trailer?["XRefStm"] is PdfNumber streamOffset && streamOffset.IntegerValue >= 0 && streamOffset.IntegerValue < data.Length
                && ReadStreamSection(streamOffset.IntegerValue) is { } hybrid)
            {
                foreach (var (number, entry) in hybrid.Entries)
                {
                    if (!section.TryGetValue(number, out var existing) || existing.Kind == XrefEntryKind.Free)
                    {
                        section[number] = entry;
                    }
                }
            }

            foreach (var (number, entry) in section)
            {
                builder.AddIfAbsent(number, entry);
            }

            return trailer;
        }

        var stream = ReadStreamSection(offset);
        if (stream is null)
        {
            return null;
        }

        foreach (var (number, entry) in stream.Value.Entries)
        {
            builder.AddIfAbsent(number, entry);
        }

        return stream.Value.Trailer;
    }

    private (Dictionary<int, XrefEntry> Entries, PdfDictionary Trailer)? ReadStreamSection(long offset)
    {
        var parsed = objects.TryParse(offset, length => length is PdfNumber n ? n.IntegerValue : null);
        if (parsed?.Value is not PdfStream stream || stream.Dictionary["Type"] is not PdfName { Value: "XRef" })
        {
            return null;
        }

        var decoded = StreamDecoder.Decode(stream, stream.EncodedData, DirectObjectsOnly.Instance, limits, budget: budget);
        var entries = XrefStreamParser.Parse(stream.Dictionary, decoded, limits);
        return (entries, stream.Dictionary);
    }

    private static ReaderWarning Repaired(string message) => new(ReaderWarningKind.StructureRepaired, message);
}
