namespace Extraction.Cli.Commands;

/// <summary>Process exit codes, stable for scripts.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one document failed (see run.json and failed.csv).</summary>
    public const int DocumentFailed = 1;

    /// <summary>Bad arguments or configuration, an input that cannot be opened, a sink that cannot be used: nothing was processed.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted (Ctrl+C); completed documents are kept and the next run resumes.</summary>
    public const int Interrupted = 130;
}
