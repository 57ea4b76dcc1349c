using System.Text;

namespace Extraction.Pipeline.Layout;

/// <summary>Spells out typographic ligatures ("ﬂyttet" → "flyttet") so text compares and searches as written.</summary>
public static class Ligatures
{
    public static string Expand(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06'))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
