namespace Extraction.Cli.CommandLine;

/// <summary>How much a command says on standard error: <c>--quiet</c>, the default, or <c>--verbose</c>.</summary>
internal enum Verbosity
{
    Quiet,
    Normal,
    Verbose,
}
