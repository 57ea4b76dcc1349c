using System.CommandLine;
using Extraction.Cli.Commands;

var root = new RootCommand("Extraction: Danish municipal budget PDFs to structured data.")
{
    WordsCommand.Create(),
    RunCommand.Create(),
    InspectCommand.Create(),
    TablesCommand.Create(),
};
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A bad argument is a usage error (exit code 2), never mistaken for a failed document (1).
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine(error.Message);
    }

    return ExitCodes.UsageError;
}

return await parsed.InvokeAsync();
