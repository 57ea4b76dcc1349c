using System.CommandLine;
using System.CommandLine.Parsing;

namespace Extraction.Cli.CommandLine;

/// <summary>
/// Finds words that look like options but that no option of the command takes. System.CommandLine hands them to the
/// command's file argument, where a typo (<c>--frce</c>) would become an input file and the run would go ahead; here
/// they are usage errors instead. A file whose name starts with '-' can still be given after <c>--</c>.
/// </summary>
internal static class UnknownOptions
{
    private const int MaxTypoDistance = 2;

    public static IReadOnlyList<string> Find(ParseResult parsed, IReadOnlyList<string> args)
    {
        if (args.Contains("--"))
        {
            return [];
        }

        var command = parsed.CommandResult.Command;
        return parsed.CommandResult.Children
            .OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Where(v => v.Length > 1 && v[0] == '-')
            .Select(v => Describe(v, command))
            .ToList();
    }

    private static string Describe(string token, Command command)
    {
        var name = token.Split('=', 2)[0];
        var closest = command.Options
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.StartsWith("--", StringComparison.Ordinal))
            .Select(n => (Name: n, Distance: Distance(name, n)))
            .Where(c => c.Distance <= MaxTypoDistance)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
        var hint = closest is null ? string.Empty : $" Did you mean {closest}?";
        return $"Unrecognized option '{name}' for '{command.Name}'.{hint}";
    }

    /// <summary>Levenshtein distance: the fewest single-character edits from one word to the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
