namespace Extraction.Document.Numbers;

/// <summary>How a table prints its numbers; decided once per table (<see cref="NumberConventionDecision"/>), never mixed within one.</summary>
public enum NumberConvention
{
    /// <summary>"4.511", "-2.130", "0,54", "1.370.000": the point groups thousands, the comma marks decimals.</summary>
    Danish,

    /// <summary>"16 403,3", "68 225 053": a space (ordinary, no-break or thin) groups thousands, the comma marks decimals.</summary>
    SpaceGrouped,

    /// <summary>"1,234.5": the comma groups thousands, the point marks decimals.</summary>
    English,
}

/// <summary>The snake_case names of <see cref="NumberConvention"/> used in pipeline.json and the outputs.</summary>
public static class NumberConventionNames
{
    public static string Name(this NumberConvention convention) => convention switch
    {
        NumberConvention.SpaceGrouped => "space_grouped",
        NumberConvention.English => "english",
        _ => "danish",
    };

    public static bool TryParse(string name, out NumberConvention convention)
    {
        foreach (var candidate in Enum.GetValues<NumberConvention>())
        {
            if (candidate.Name() == name)
            {
                convention = candidate;
                return true;
            }
        }

        convention = NumberConvention.Danish;
        return false;
    }
}
