using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper.Configuration;
using CsvHelper;
using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;
using Parquet.Serialization;
using Parquet;

namespace Extraction.Tests.Batch;

/// <summary>facts.parquet (typed) beside facts.csv, and the CSV files for Danish Excel.</summary>
[TestFixture]
public sealed class DataTeamOutputTests
{
    private TemporaryFolder output = null!;

    [SetUp]
    public void Create() => output = new TemporaryFolder("extraction-data-team-");

    [TearDown]
    public void Delete() => output.Dispose();

    [Test]
    public async Task Facts_parquet_holds_the_rows_of_facts_csv_with_typed_columns()
    {
        Batches.Run([RepositoryPaths.Corpus], output.Path);

        List<ParquetFact> parquet;
        await using (var stream = File.OpenRead(output["facts.parquet"]))
        {
            parquet = [.. (await ParquetSerializer.DeserializeAsync<ParquetFact>(stream)).Data];
        }

        using var csv = new StreamReader(output["facts.csv"]);
        var expected = FactsCsvReader.Read(csv).Select(ParquetFact.From).ToList();
        Assert.That(parquet, Has.Count.EqualTo(expected.Count).And.Count.GreaterThan(0));
        Assert.That(parquet.Select(Text), Is.EqualTo(expected.Select(Text)));

        await using var file = File.OpenRead(output["facts.parquet"]);
        await using var reader = await ParquetReader.CreateAsync(file);
        var types = reader.Schema.DataFields.ToDictionary(f => f.Name, f => Nullable.GetUnderlyingType(f.ClrType) ?? f.ClrType);
        Assert.That(reader.Schema.DataFields.Select(f => f.Name), Is.EqualTo(FactsCsvWriter.Columns));
        Assert.That((types["value"], types["amount_dkk"], types["year"], types["page"], types["x0"], types["is_leaf"]), Is.EqualTo((typeof(decimal), typeof(decimal), typeof(int), typeof(int), typeof(double), typeof(bool))));
        Assert.That(types["measure"], Is.AnyOf(typeof(string), typeof(ReadOnlyMemory<char>)), "text is a UTF-8 string column");
    }

    [Test]
    public void For_danish_excel_the_csv_files_have_a_byte_order_mark_semicolons_and_a_decimal_comma_and_the_same_facts()
    {
        using var plain = new TemporaryFolder();
        Batches.Run([Corpus.Pdf("002_129a0e019c4a7572")], plain.Path);
        var options = Batches.Options();
        Batches.Run([Corpus.Pdf("002_129a0e019c4a7572")], output.Path, options: options with { Writers = options.Writers with { CsvExcel = true } });

        var bytes = File.ReadAllBytes(output["facts.csv"]);
        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.Preamble.ToArray()));
        Assert.That(File.ReadAllBytes(output["failed.csv"]).Take(3), Is.EqualTo(Encoding.UTF8.Preamble.ToArray()));
        var excel = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.That(excel.Split('\n')[0], Is.EqualTo(string.Join(';', FactsCsvWriter.Columns)));
        Assert.That(ExcelRows(excel).Any(r => r["x0"].Contains(',', StringComparison.Ordinal)), Is.True, "coordinates with a decimal comma");

        using var reader = new StreamReader(plain["facts.csv"]);
        var expected = FactsCsvReader.Read(reader);
        var rows = ExcelRows(excel);
        Assert.That(rows.Select(r => decimal.Parse(r["value"], NumberStyles.Number, Danish)), Is.EqualTo(expected.Select(f => f.Value)));
        Assert.That(rows.Select(r => double.Parse(r["x0"], Danish)), Is.EqualTo(expected.Select(f => f.X0)));
        Assert.That(rows.Select(r => r["row_label"]), Is.EqualTo(expected.Select(f => f.RowLabel)));
    }

    /// <summary>A row as JSON, decimals without trailing zeros: Parquet keeps a decimal's value, not how many decimals were printed ("2.000").</summary>
    private static string Text(ParquetFact row)
    {
        static decimal? Plain(decimal? d) => d / 1.000000000000000000000000000000000m;
        row.Value = Plain(row.Value)!.Value;
        row.Scale = Plain(row.Scale);
        row.AmountDkk = Plain(row.AmountDkk);
        return JsonSerializer.Serialize(row);
    }

    private static readonly CultureInfo Danish = new(string.Empty) { NumberFormat = { NumberDecimalSeparator = ",", NumberGroupSeparator = "." } };

    private static List<Dictionary<string, string>> ExcelRows(string text)
    {
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        return csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value)).ToList();
    }
}
