namespace Extraction.Outputs;

/// <summary>Output files (pipeline.json <c>writers</c>).</summary>
public sealed record WriterOptions
{
    /// <summary>Indent the JSON files (easier to read and diff).</summary>
    public bool JsonIndented { get; init; } = true;

    /// <summary>Folder under the output folder holding one folder of JSON files per document.</summary>
    public string DocumentsFolder { get; init; } = "documents";

    /// <summary>Name of the facts file in the output folder.</summary>
    public string FactsFile { get; init; } = "facts.csv";

    /// <summary>Write each document's HTML page view next to its JSON files (the run report links to them).</summary>
    public bool PageViews { get; init; } = true;

    /// <summary>What kind of value each fact is (a level, a change, …), by document kind and measure.</summary>
    public ValueKindOptions ValueKinds { get; init; } = new();

    /// <summary>Name of the Parquet copy of the facts in the output folder, beside the facts file.</summary>
    public string ParquetFile { get; init; } = "facts.parquet";

    /// <summary>Write the run's CSV files for Danish Excel: a byte order mark, <c>;</c> between fields and a decimal comma.</summary>
    public bool CsvExcel { get; init; }
}
