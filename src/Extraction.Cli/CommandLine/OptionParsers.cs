using System.CommandLine.Parsing;
using System.Globalization;

namespace Extraction.Cli.CommandLine;

/// <summary>
/// Parsers for numeric options that turn a bad value into a usage error naming the option (the default conversion
/// leaves the value unparsed, and reading it then throws).
/// </summary>
internal static class OptionParsers
{
    public static Func<ArgumentResult, int?> Integer(int min, string rule) => result =>
    {
        var text = result.Tokens.Single().Value;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{OptionName(result)}: '{text}' is not a whole number.");
            return null;
        }

        if (value < min)
        {
            result.AddError($"{OptionName(result)}: {rule}");
            return null;
        }

        return value;
    };

    public static Func<ArgumentResult, double?> Number(double above, double atMost, string rule) => result =>
    {
        var text = result.Tokens.Single().Value;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{OptionName(result)}: '{text}' is not a number.");
            return null;
        }

        if (!(value > above && value <= atMost))
        {
            result.AddError($"{OptionName(result)}: {rule}");
            return null;
        }

        return value;
    };

    private static string OptionName(ArgumentResult result) => result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
