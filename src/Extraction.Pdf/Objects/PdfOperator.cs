namespace Extraction.Pdf.Objects;

/// <summary>A bare keyword: a content-stream operator, or a structural keyword (obj, R, stream) while parsing files.</summary>
public sealed class PdfOperator : PdfObject
{
    public PdfOperator(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;
}
