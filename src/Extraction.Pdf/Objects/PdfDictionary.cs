namespace Extraction.Pdf.Objects;

/// <summary>A dictionary keyed by name value. Values may be indirect references; resolve them through an <see cref="IObjectResolver"/>.</summary>
public sealed class PdfDictionary : PdfObject
{
    public static readonly PdfDictionary Empty = new(new Dictionary<string, PdfObject>());

    private readonly Dictionary<string, PdfObject> entries;

    public PdfDictionary(Dictionary<string, PdfObject> entries) => this.entries = entries;

    public int Count => entries.Count;

    public IEnumerable<string> Keys => entries.Keys;

    public IEnumerable<KeyValuePair<string, PdfObject>> Entries => entries;

    /// <summary>The raw (possibly indirect) value, or null when absent or the PDF null.</summary>
    public PdfObject? this[string key] => entries.TryGetValue(key, out var value) && value is not PdfNull ? value : null;

    public bool ContainsKey(string key) => this[key] is not null;

    /// <summary>A copy with one entry replaced; used where a derived dictionary must not alias the parsed one.</summary>
    public PdfDictionary With(string key, PdfObject value)
    {
        var copy = new Dictionary<string, PdfObject>(entries) { [key] = value };
        return new PdfDictionary(copy);
    }

    public override string ToString() => "<<" + string.Join(" ", entries.Select(e => "/" + e.Key + " " + e.Value)) + ">>";
}
