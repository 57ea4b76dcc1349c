using System.Globalization;
using CsvHelper.Configuration;
using CsvHelper;

namespace Extraction.Outputs;

/// <summary>Writes facts.csv: a header row, then one row per fact, columns in the documented order (see README).</summary>
public static class FactsCsvWriter
{
    public static void Write(IEnumerable<Fact> facts, TextWriter output)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var csv = new CsvWriter(output, configuration, leaveOpen: true);
        csv.Context.RegisterClassMap<FactMap>();
        csv.WriteRecords(facts);
    }

    /// <summary>A writer of facts.csv in the given dialect (plain, or for Danish Excel: see <see cref="CsvDialect"/>); its first <c>WriteRecords</c> writes the header.</summary>
    public static CsvWriter Writer(TextWriter output, bool excel)
    {
        var csv = new CsvWriter(output, CsvDialect.Configuration(excel), leaveOpen: true);
        csv.Context.RegisterClassMap<FactMap>();
        return csv;
    }

    public static void Write(IEnumerable<Fact> facts, string path)
    {
        using var output = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(facts, output);
    }

    /// <summary>
    /// A writer of fact rows without the header line, to be reused: CsvHelper compiles its record writer once per
    /// <see cref="CsvWriter"/>, which costs more than writing a document's rows, so callers writing many small files
    /// keep one and prepend the header themselves.
    /// </summary>
    public static CsvWriter RowWriter(TextWriter output)
    {
        var csv = new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n", HasHeaderRecord = false }, leaveOpen: true);
        csv.Context.RegisterClassMap<FactMap>();
        return csv;
    }

    /// <summary>The column names and order of facts.csv: the contract scripts rely on.</summary>
    public static IReadOnlyList<string> Columns { get; } = new FactMap().MemberMaps.Select(m => m.Data.Names[0]).ToList();

    internal sealed class FactMap : ClassMap<Fact>
    {
        public FactMap()
        {
            var index = 0;
            Map(f => f.SourceFile).Name("source_file").Index(index++);
            Map(f => f.Municipality).Name("municipality").Index(index++);
            Map(f => f.DocumentKind).Name("document_kind").Index(index++);
            Map(f => f.FiscalYear).Name("fiscal_year").Index(index++);
            Map(f => f.PolicyArea).Name("policy_area").Index(index++);
            Map(f => f.ActivityArea).Name("activity_area").Index(index++);
            Map(f => f.TableId).Name("table_id").Index(index++);
            Map(f => f.TableTitle).Name("table_title").Index(index++);
            Map(f => f.RowLabel).Name("row_label").Index(index++);
            Map(f => f.RowKind).Name("row_kind").Index(index++);
            Map(f => f.ColumnLabel).Name("column_label").Index(index++);
            Map(f => f.Measure).Name("measure").Index(index++);
            Map(f => f.Year).Name("year").Index(index++);
            Map(f => f.Value).Name("value").Index(index++);
            Map(f => f.Unit).Name("unit").Index(index++);
            Map(f => f.Scale).Name("scale").Index(index++);
            Map(f => f.AmountDkk).Name("amount_dkk").Index(index++);
            Map(f => f.Page).Name("page").Index(index++);
            Map(f => f.X0).Name("x0").Index(index++);
            Map(f => f.Y0).Name("y0").Index(index++);
            Map(f => f.X1).Name("x1").Index(index++);
            Map(f => f.Y1).Name("y1").Index(index++);
            Map(f => f.TableUid).Name("table_uid").Index(index++);
            Map(f => f.RowCode).Name("row_code").Index(index++);
            Map(f => f.ActivityAreaNumber).Name("activity_area_number").Index(index++);
            Map(f => f.PriceBasisYear).Name("price_basis_year").Index(index++);
            Map(f => f.UnitPrinted).Name("unit_printed").Index(index++);
            Map(f => f.UnitInferred).Name("unit_inferred").Index(index++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
            Map(f => f.PageLabel).Name("page_label").Index(index++);
            Map(f => f.YearInferred).Name("year_inferred").Index(index++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
            Map(f => f.Committee).Name("committee").Index(index++);
            Map(f => f.Proposal).Name("proposal").Index(index++);
            Map(f => f.FiguresPending).Name("figures_pending").Index(index++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
            Map(f => f.TextColumns).Name("text_columns").Index(index++);
            Map(f => f.SourceUrl).Name("source_url").Index(index++);
            Map(f => f.DocumentSha256).Name("document_sha256").Index(index++);
            Map(f => f.SourcePath).Name("source_path").Index(index++);
            Map(f => f.ValueKind).Name("value_kind").Index(index++);
            Map(f => f.Restates).Name("restates").Index(index++);
            Map(f => f.IsLeaf).Name("is_leaf").Index(index++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
            Map(f => f.TableConfidence).Name("table_confidence").Index(index);
        }
    }
}
