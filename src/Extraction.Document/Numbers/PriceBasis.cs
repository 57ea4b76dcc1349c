using System.Globalization;
using System.Text.RegularExpressions;

namespace Extraction.Document.Numbers;

/// <summary>The price level amounts are expressed in ("Alle år er i 2026 priser", "2026-priser", "2026 p/l").</summary>
public sealed record PriceBasis(int Year, string Printed)
{
    /// <summary>The first price basis stated in <paramref name="text"/>, or null.</summary>
    public static PriceBasis? Find(string text, NumberOptions options) => FindAll(text, options).FirstOrDefault();

    /// <summary>Every price basis stated in <paramref name="text"/>, for the first pattern that finds any.</summary>
    public static IReadOnlyList<PriceBasis> FindAll(string text, NumberOptions options)
    {
        foreach (var pattern in options.PriceBasisPatterns)
        {
            var found = Regex.Matches(text, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)
                .Where(m => int.TryParse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .Select(m => new PriceBasis(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), m.Value.Trim()))
                .ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        return [];
    }
}
