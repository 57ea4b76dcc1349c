using System.CommandLine;
using Extraction.Cli.CommandLine;
using Extraction.Cli.Commands;

var root = new RootCommand("Extraction: Danish municipal budget PDFs to structured data.")
{
    RunCommand.Create(),
    TablesCommand.Create(),
    InspectCommand.Create(),
    WordsCommand.Create(),
};
if (args.Length == 0)
{
    // No command: the list of commands, as --help shows it, and the usage error's exit code.
    await root.Parse(["--help"]).InvokeAsync();
    return ExitCodes.UsageError;
}

var parsed = root.Parse(args);
var errors = parsed.Errors.Select(e => e.Message).Concat(UnknownOptions.Find(parsed, args)).ToList();
if (errors.Count > 0)
{
    // A bad argument is a usage error (exit code 2) reported before any work, never mistaken for a failed document (1).
    foreach (var error in errors)
    {
        Console.Error.WriteLine(error);
    }

    var command = parsed.CommandResult.Command;
    Console.Error.WriteLine(command == root ? "See 'extract --help'." : $"See 'extract {command.Name} --help'.");
    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
