using System.Globalization;
using System.Text;
using CsvHelper.Configuration;

namespace Extraction.Outputs;

/// <summary>
/// The two ways the run-level CSV files are written: plain (UTF-8 without a byte order mark, <c>,</c> between fields,
/// a decimal point: what scripts and databases read) and for Danish Excel (pipeline.json <c>writers.csv_excel</c>,
/// <c>--csv-excel</c>: a byte order mark so Excel reads UTF-8, <c>;</c> between fields and a decimal comma).
/// </summary>
public static class CsvDialect
{
    private static readonly CultureInfo DecimalComma = CreateDecimalComma();

    public static CsvConfiguration Configuration(bool excel, bool header = true) =>
        new(excel ? DecimalComma : CultureInfo.InvariantCulture) { NewLine = "\n", HasHeaderRecord = header, Delimiter = excel ? ";" : "," };

    public static Encoding Encoding(bool excel) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: excel);

    // Only the decimal separator changes: no thousands separators and an ASCII minus, whatever the machine's culture data says.
    private static CultureInfo CreateDecimalComma()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
