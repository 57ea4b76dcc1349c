namespace Extraction.Pdf.Objects;

/// <summary>Base of the PDF object model (ISO 32000-1 §7.3). Objects are immutable once parsed.</summary>
public abstract class PdfObject
{
}

public sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();

    private PdfNull()
    {
    }

    public override string ToString() => "null";
}

public sealed class PdfBoolean : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);

    private PdfBoolean(bool value) => Value = value;

    public bool Value { get; }

    public static PdfBoolean Of(bool value) => value ? True : False;

    public override string ToString() => Value ? "true" : "false";
}
