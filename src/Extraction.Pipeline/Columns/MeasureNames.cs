using System.Text;

namespace Extraction.Pipeline.Columns;

/// <summary>The snake_case names of <see cref="Measure"/> used in pipeline.json and in the outputs.</summary>
public static class MeasureNames
{
    private static readonly Dictionary<Measure, string> Names = Enum.GetValues<Measure>().ToDictionary(m => m, SnakeCase);
    private static readonly Dictionary<string, Measure> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static IEnumerable<string> All => ByName.Keys;

    public static string Name(this Measure measure) => Names[measure];

    public static bool TryParse(string name, out Measure measure) => ByName.TryGetValue(name, out measure);

    private static string SnakeCase(Measure measure)
    {
        var text = measure.ToString();
        var result = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsUpper(c) && result.Length > 0)
            {
                result.Append('_');
            }

            result.Append(char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}
