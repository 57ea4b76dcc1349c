using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Objects;

/// <summary>A bare keyword: a content-stream operator, or a structural keyword (obj, R, stream) while parsing files.</summary>
public sealed class PdfOperator : PdfObject
{
    /// <summary>One shared instance per known operator and delimiter: content streams repeat them millions of times.</summary>
    private static readonly Dictionary<string, PdfOperator> Shared =
        KeywordTable.All.Concat(["]", ">>", "{", "}", ")"]).ToDictionary(k => k, k => new PdfOperator(k), StringComparer.Ordinal);

    public PdfOperator(string name) => Name = name;

    public string Name { get; }

    /// <summary>The operator named <paramref name="name"/>, shared when it is a known one.</summary>
    public static PdfOperator Of(string name) => Shared.TryGetValue(name, out var known) ? known : new PdfOperator(name);

    public override string ToString() => Name;
}
