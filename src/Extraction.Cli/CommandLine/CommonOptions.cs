using System.CommandLine;
using Extraction.Configuration;

namespace Extraction.Cli.CommandLine;

/// <summary>The options several commands share, so each has the same name, alias and meaning in every command.</summary>
internal static class CommonOptions
{
    // --out-dir was the name in words and tables before --out was everywhere; scripts that use it keep working.
    public static Option<string?> Out(string description) => new("--out", "-o", "--out-dir") { Description = description };

    public static Option<string?> Config() => new("--config")
    {
        Description = "Configuration file, laid over the built-in defaults (it may give only some keys). Default: pipeline.json in the current folder or above, else the built-in defaults.",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Say more: each document and each check warning." };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Only warnings and errors on standard error; no progress." };

    public static Option<string?> Reader()
    {
        var option = new Option<string?>("--reader") { Description = "The PDF reader back end: extraction or pdfpig. Default: the configuration's reader." };
        option.AcceptOnlyFromAmong([.. ReaderNames.All]);
        return option;
    }

    public static Option<string?> Password() => new("--password")
    {
        Description = "Password of encrypted PDFs (the user or the owner password).",
    };

    public static Option<string?> Pages(string verb) => new("--pages") { Description = $"Pages to {verb}, e.g. 3, 1-3, 2- or 1,4-6 (default: all)." };

    /// <summary>Makes <c>--verbose</c> and <c>--quiet</c> exclude each other on <paramref name="command"/>.</summary>
    public static void Exclusive(Command command, Option<bool> verbose, Option<bool> quiet) =>
        command.Validators.Add(result =>
        {
            if (result.GetValue(verbose) && result.GetValue(quiet))
            {
                result.AddError("--verbose and --quiet cannot be used together.");
            }
        });

    public static Verbosity VerbosityOf(bool verbose, bool quiet) => quiet ? Verbosity.Quiet : verbose ? Verbosity.Verbose : Verbosity.Normal;
}
