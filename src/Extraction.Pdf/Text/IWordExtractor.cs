namespace Extraction.Pdf.Text;

/// <summary>Groups a page's letters into words.</summary>
public interface IWordExtractor
{
    IReadOnlyList<Word> GetWords(IReadOnlyList<Letter> letters);
}
