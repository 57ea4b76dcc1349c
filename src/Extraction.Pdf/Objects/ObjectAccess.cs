namespace Extraction.Pdf.Objects;

/// <summary>Typed, reference-following reads of dictionary entries and array items.</summary>
public static class ObjectAccess
{
    private const int MaxReferenceChain = 32;

    /// <summary>Follows references (bounded, so a reference loop ends) until a direct object is reached.</summary>
    public static PdfObject Resolve(this IObjectResolver resolver, PdfObject? value)
    {
        var current = value ?? PdfNull.Instance;
        for (var hops = 0; current is PdfReference reference; hops++)
        {
            if (hops == MaxReferenceChain)
            {
                return PdfNull.Instance;
            }

            current = resolver.Resolve(reference.Id);
        }

        return current;
    }

    public static T? Get<T>(this PdfDictionary dictionary, string key, IObjectResolver resolver)
        where T : PdfObject => resolver.Resolve(dictionary[key]) as T;

    public static T? Get<T>(this PdfArray array, int index, IObjectResolver resolver)
        where T : PdfObject => index >= 0 && index < array.Count ? resolver.Resolve(array[index]) as T : null;

    public static double? GetNumber(this PdfDictionary dictionary, string key, IObjectResolver resolver) =>
        dictionary.Get<PdfNumber>(key, resolver)?.Value;

    public static int? GetInt(this PdfDictionary dictionary, string key, IObjectResolver resolver) =>
        dictionary.Get<PdfNumber>(key, resolver)?.IntValue;

    public static string? GetName(this PdfDictionary dictionary, string key, IObjectResolver resolver) =>
        dictionary.Get<PdfName>(key, resolver)?.Value;

    /// <summary>The stream's dictionary when the value is a stream, the dictionary itself otherwise.</summary>
    public static PdfDictionary? GetDictionaryOrStreamDictionary(this PdfDictionary dictionary, string key, IObjectResolver resolver) =>
        resolver.Resolve(dictionary[key]) switch
        {
            PdfDictionary d => d,
            PdfStream s => s.Dictionary,
            _ => null,
        };

    /// <summary>Reads an array of numbers; non-numeric items become 0 so positions stay aligned.</summary>
    public static double[]? GetNumbers(this PdfDictionary dictionary, string key, IObjectResolver resolver) =>
        dictionary.Get<PdfArray>(key, resolver) is { } array
            ? array.Select(item => (resolver.Resolve(item) as PdfNumber)?.Value ?? 0).ToArray()
            : null;
}
