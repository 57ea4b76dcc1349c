namespace Extraction.Cli.Commands;

/// <summary>Process exit codes, stable for scripts.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one document could not be read.</summary>
    public const int DocumentFailed = 1;

    /// <summary>Bad arguments or an input that cannot be opened.</summary>
    public const int UsageError = 2;
}
