using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>The document information dictionary's text entries.</summary>
public sealed record DocumentInformation(string? Title, string? Author, string? Subject, string? Producer, string? Creator)
{
    internal static DocumentInformation Read(PdfDictionary? info, IObjectResolver resolver)
    {
        string? Text(string key) => info?.Get<PdfString>(key, resolver)?.Text;
        return new DocumentInformation(Text("Title"), Text("Author"), Text("Subject"), Text("Producer"), Text("Creator"));
    }
}
