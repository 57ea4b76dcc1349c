using System.Text;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Tests.Fonts.Support;

/// <summary>Terse construction of PDF objects for font tests.</summary>
internal static class Make
{
    public static PdfName Name(string value) => PdfName.Of(value);

    public static PdfNumber Number(double value) => value == Math.Floor(value) ? PdfNumber.Of((long)value) : PdfNumber.Of(value);

    public static PdfString Text(string value) => new(Encoding.Latin1.GetBytes(value));

    public static PdfArray Array(params PdfObject[] items) => new(items);

    public static PdfArray Numbers(params double[] values) => new(values.Select(v => (PdfObject)Number(v)).ToArray());

    public static PdfDictionary Dict(params (string Key, PdfObject Value)[] entries) =>
        new(entries.ToDictionary(e => e.Key, e => e.Value));

    public static PdfStream Stream(byte[] data, params (string Key, PdfObject Value)[] entries) => new(Dict(entries), data);

    public static PdfStream Stream(string text, params (string Key, PdfObject Value)[] entries) => Stream(Encoding.Latin1.GetBytes(text), entries);

    /// <summary>Decodes the unfiltered streams the tests build.</summary>
    public static byte[] Decode(PdfStream stream) => stream.EncodedData.ToArray();
}

/// <summary>An in-memory object table: stores objects and hands out references to them.</summary>
internal sealed class ObjectStore : IObjectResolver
{
    private readonly Dictionary<ObjectId, PdfObject> objects = new();

    public PdfReference Add(PdfObject value)
    {
        var id = new ObjectId(objects.Count + 1, 0);
        objects[id] = value;
        return new PdfReference(id);
    }

    public PdfObject Resolve(ObjectId id) => objects.TryGetValue(id, out var value) ? value : PdfNull.Instance;
}
