namespace Extraction.Outputs;

/// <summary>Gives facts their <see cref="Fact.ValueKind"/> from the vocabulary in <see cref="ValueKindOptions"/>.</summary>
public static class ValueKinds
{
    public static Fact Classify(this Fact fact, ValueKindOptions options) => fact with { ValueKind = Of(fact, options) };

    private static string Of(Fact fact, ValueKindOptions options)
    {
        if (fact.Unit is not null && fact.AmountDkk is null)
        {
            return options.NotMoney;
        }

        if (fact.DocumentKind is { } kind && options.DocumentKinds.TryGetValue(kind, out var byDocument))
        {
            return byDocument;
        }

        return options.Measures.TryGetValue(fact.Measure, out var byMeasure) ? byMeasure : options.Unknown;
    }
}
