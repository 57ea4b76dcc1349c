using System.CommandLine;
using Extraction.Cli.Commands;

var root = new RootCommand("Extraction: Danish municipal budget PDFs to structured data.")
{
    WordsCommand.Create(),
    RunCommand.Create(),
    InspectCommand.Create(),
};
return root.Parse(args).Invoke();
