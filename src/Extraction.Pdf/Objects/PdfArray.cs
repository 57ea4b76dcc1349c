using System.Collections;

namespace Extraction.Pdf.Objects;

public sealed class PdfArray : PdfObject, IReadOnlyList<PdfObject>
{
    public static readonly PdfArray Empty = new([]);

    private readonly PdfObject[] items;

    public PdfArray(PdfObject[] items) => this.items = items;

    public int Count => items.Length;

    public PdfObject this[int index] => items[index];

    public IEnumerator<PdfObject> GetEnumerator() => ((IEnumerable<PdfObject>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => "[" + string.Join(" ", items.Select(i => i.ToString())) + "]";
}
