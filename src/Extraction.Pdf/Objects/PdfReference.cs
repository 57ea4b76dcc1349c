namespace Extraction.Pdf.Objects;

/// <summary>The identity of an indirect object.</summary>
public readonly record struct ObjectId(int Number, int Generation)
{
    public override string ToString() => $"{Number} {Generation} R";
}

/// <summary>An indirect reference "N G R".</summary>
public sealed class PdfReference : PdfObject
{
    public PdfReference(ObjectId id) => Id = id;

    public ObjectId Id { get; }

    public override string ToString() => Id.ToString();
}
