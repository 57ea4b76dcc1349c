using System.Diagnostics;
using System.Text;
using Extraction.Tests.Shared;

namespace Extraction.Cli.Tests.Support;

/// <summary>Runs the <c>extract</c> command line as a child process, from the repository root unless a test gives another folder.</summary>
internal static class ExtractProcess
{
    private static string Assembly => Path.Combine(AppContext.BaseDirectory, "extract.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs to the end; the exit code and everything written to standard error and output.</summary>
    public static (int ExitCode, string Output) Run(IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        using var process = Start(arguments, environment, out var output, workingDirectory);
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("extract did not finish within 5 minutes:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Starts the process; <paramref name="output"/> collects its standard output and error as they come.</summary>
    public static Process Start(IEnumerable<string> arguments, IDictionary<string, string>? environment, out StringBuilder output, string? workingDirectory = null)
    {
        var collected = new StringBuilder();
        var process = new Process { StartInfo = StartInfo(arguments, environment, workingDirectory) };
        process.OutputDataReceived += (_, e) => Append(collected, e.Data);
        process.ErrorDataReceived += (_, e) => Append(collected, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = collected;
        return process;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
