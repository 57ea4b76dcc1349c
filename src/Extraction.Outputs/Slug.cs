using System.Text;

namespace Extraction.Outputs;

/// <summary>File-name-safe names: "Kultur og Fritid" → "kultur-og-fritid", Danish letters spelt out (æ → ae).</summary>
public static class Slug
{
    public static string Of(string? text, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        var result = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var spelt = c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                'é' or 'è' => "e",
                'ü' => "u",
                'ö' => "o",
                'ä' => "a",
                _ => char.IsAsciiLetterOrDigit(c) ? c.ToString() : "-",
            };
            result.Append(spelt);
        }

        var slug = string.Join('-', result.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? fallback : slug;
    }
}
