using System.Text.RegularExpressions;

namespace Extraction.Document;

/// <summary>A list of configured patterns, compiled once, matched case-insensitively in order.</summary>
public sealed class PatternSet
{
    private readonly IReadOnlyList<Regex> patterns;

    public PatternSet(IEnumerable<string> patterns)
    {
        this.patterns = patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)).ToList();
    }

    /// <summary>The first pattern's match on <paramref name="text"/>, or null.</summary>
    public Match? Match(string text)
    {
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return match;
            }
        }

        return null;
    }

    public bool IsMatch(string text) => patterns.Any(p => p.IsMatch(text));

    /// <summary>Every match of every pattern in <paramref name="text"/>.</summary>
    public IEnumerable<Match> Matches(string text) => patterns.SelectMany(p => p.Matches(text));
}
