using System.Globalization;
using CsvHelper;

namespace Extraction.Tests.Reporting.InBrowser;

/// <summary>facts.csv as a reader sees it: each row a dictionary from column name to text.</summary>
internal static class FactsFile
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? string.Empty));
        }

        return rows;
    }

    public static double Number(this IReadOnlyDictionary<string, string> fact, string column) =>
        double.Parse(fact[column], CultureInfo.InvariantCulture);
}
