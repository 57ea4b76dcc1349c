using System.Text.RegularExpressions;

namespace Extraction.Document.Numbers;

/// <summary>Finds unit phrases ("I 1.000 kr.", "Mio. kr.", "kr.") in headers, captions and notes.</summary>
public sealed class UnitReader
{
    private readonly IReadOnlyList<(Regex Pattern, UnitDefinition Definition)> units;

    public UnitReader(NumberOptions options)
    {
        units = options.Units
            .Select(u => (PatternSet.Compile(u.Pattern), u))
            .ToList();
    }

    /// <summary>The first unit phrase in <paramref name="text"/>, or null.</summary>
    public Unit? Find(string text)
    {
        foreach (var (pattern, definition) in units)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return new Unit(match.Value.Trim(), definition.Name, definition.Scale);
            }
        }

        return null;
    }

    /// <summary>The text with its unit phrase removed, and the unit found.</summary>
    public (string Remainder, Unit? Unit) Strip(string text)
    {
        foreach (var (pattern, definition) in units)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                var rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim();
                return (string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)), new Unit(match.Value.Trim(), definition.Name, definition.Scale));
            }
        }

        return (text, null);
    }

    /// <summary>True when the whole text is a unit phrase (a header cell that names only the unit).</summary>
    public bool IsUnitOnly(string text)
    {
        var (rest, unit) = Strip(text);
        return unit is not null && rest.Trim(' ', '(', ')', ',', ':').Length == 0;
    }
}
