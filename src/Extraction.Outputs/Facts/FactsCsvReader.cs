using System.Globalization;
using CsvHelper.Configuration;
using CsvHelper;

namespace Extraction.Outputs;

/// <summary>Reads facts back from a plain facts.csv (as <see cref="FactsCsvWriter"/> writes it): columns by name, so extra columns of a newer writer do no harm.</summary>
public static class FactsCsvReader
{
    public static IReadOnlyList<Fact> Read(TextReader input)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", MissingFieldFound = null, HeaderValidated = null };
        using var csv = new CsvReader(input, configuration, leaveOpen: true);
        csv.Context.RegisterClassMap<FactsCsvWriter.FactMap>();
        return csv.GetRecords<Fact>().Select(Nulls).ToList();
    }

    // CSV has no null: an empty field of an optional text column is read back as absent, as it was before writing.
    private static Fact Nulls(Fact f) => f with
    {
        Municipality = Null(f.Municipality),
        DocumentKind = Null(f.DocumentKind),
        PolicyArea = Null(f.PolicyArea),
        ActivityArea = Null(f.ActivityArea),
        TableId = Null(f.TableId),
        TableTitle = Null(f.TableTitle),
        Unit = Null(f.Unit),
        PageLabel = Null(f.PageLabel),
        RowCode = Null(f.RowCode),
        UnitPrinted = Null(f.UnitPrinted),
        Committee = Null(f.Committee),
        Proposal = Null(f.Proposal),
        TextColumns = Null(f.TextColumns),
        SourceUrl = Null(f.SourceUrl),
        DocumentSha256 = Null(f.DocumentSha256),
        SourcePath = Null(f.SourcePath),
        ValueKind = Null(f.ValueKind),
        Restates = Null(f.Restates),
    };

    private static string? Null(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
