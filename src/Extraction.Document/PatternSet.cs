using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Extraction.Document;

/// <summary>A list of configured patterns, compiled once, matched case-insensitively in order.</summary>
public sealed class PatternSet
{
    private readonly IReadOnlyList<Regex> patterns;

    public PatternSet(IEnumerable<string> patterns)
    {
        this.patterns = patterns.Select(Compile).ToList();
    }

    /// <summary>
    /// Compiling a pattern emits code that lives until the garbage collector finalises it, which costs more than most
    /// documents' matching; a stage that reads its patterns per document (the page furniture) must not pay it again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>One configured pattern as every configured pattern is read: case-insensitive, culture-invariant, compiled once per process.</summary>
    public static Regex Compile(string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

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
