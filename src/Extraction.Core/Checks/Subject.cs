using System.Text;

namespace Extraction.Core.Checks;

/// <summary>
/// What a row or a table's bottom line is about: the whole policy area, one activity area, or a named item within a
/// scope. Rows about the same subject in different tables must show the same figures.
/// </summary>
internal readonly record struct Subject(string Key)
{
    public static readonly Subject PolicyArea = new("policy");

    public static Subject Area(int number) => new($"area:{number}");

    public static Subject Item(int? area, string name) => new($"{(area is null ? "policy" : "area:" + area)}/{Normalise(name)}");

    /// <summary>True for the policy area or an activity area, as opposed to an item inside one.</summary>
    public bool IsArea => !Key.Contains('/');

    /// <summary>Lower case letters and digits only, so spacing and punctuation do not matter ("IT- drift" = "IT-drift").</summary>
    public static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }
}
