using Extraction.Batch.Sinks;
using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Npgsql;
using NpgsqlTypes;

namespace Extraction.Sinks.Postgres;

/// <summary>The rows of one document in the warehouse tables; tables, checks and facts go in by binary COPY.</summary>
internal static class PostgresRows
{
    public static async Task UpsertDocumentAsync(NpgsqlConnection connection, DocumentRecord record, CancellationToken cancellation)
    {
        const string Sql = """
            INSERT INTO documents (sha256, fingerprint, source_file, input_path, source_url, status, error_code, error_stage, error_message,
                                   title, municipality, document_kind, fiscal_year, policy_area, committee,
                                   page_count, table_count, fact_count, check_count, warning_count, loaded_at)
            VALUES (@sha256, @fingerprint, @source_file, @input_path, @source_url, @status, @error_code, @error_stage, @error_message,
                    @title, @municipality, @document_kind, @fiscal_year, @policy_area, @committee,
                    @page_count, @table_count, @fact_count, @check_count, @warning_count, now())
            ON CONFLICT (sha256) DO UPDATE SET
                fingerprint = EXCLUDED.fingerprint, source_file = EXCLUDED.source_file, input_path = EXCLUDED.input_path,
                source_url = EXCLUDED.source_url, status = EXCLUDED.status, error_code = EXCLUDED.error_code,
                error_stage = EXCLUDED.error_stage, error_message = EXCLUDED.error_message, title = EXCLUDED.title,
                municipality = EXCLUDED.municipality, document_kind = EXCLUDED.document_kind, fiscal_year = EXCLUDED.fiscal_year,
                policy_area = EXCLUDED.policy_area, committee = EXCLUDED.committee, page_count = EXCLUDED.page_count, table_count = EXCLUDED.table_count,
                fact_count = EXCLUDED.fact_count, check_count = EXCLUDED.check_count, warning_count = EXCLUDED.warning_count,
                loaded_at = EXCLUDED.loaded_at
            """;
        var entry = record.Entry;
        var extraction = entry.Status == DocumentStatus.Failed ? null : record.Extraction;
        var structure = extraction?.Structure;
        await using var command = new NpgsqlCommand(Sql, connection);
        var p = command.Parameters;
        p.AddWithValue("sha256", record.Sha256);
        p.AddWithValue("fingerprint", record.Fingerprint);
        p.AddWithValue("source_file", entry.FileName);
        p.AddWithValue("input_path", entry.Input);
        p.AddWithValue("source_url", NpgsqlDbType.Text, (object?)entry.Overrides.SourceUrl ?? DBNull.Value);
        p.AddWithValue("status", entry.Status.Name());
        p.AddWithValue("error_code", NpgsqlDbType.Text, (object?)entry.Error?.Code ?? DBNull.Value);
        p.AddWithValue("error_stage", NpgsqlDbType.Text, (object?)entry.Error?.Stage ?? DBNull.Value);
        p.AddWithValue("error_message", NpgsqlDbType.Text, (object?)entry.Error?.Message ?? DBNull.Value);
        p.AddWithValue("title", NpgsqlDbType.Text, (object?)structure?.Title ?? DBNull.Value);
        p.AddWithValue("municipality", NpgsqlDbType.Text, (object?)structure?.Municipality ?? DBNull.Value);
        p.AddWithValue("document_kind", NpgsqlDbType.Text, (object?)structure?.DocumentKind ?? DBNull.Value);
        p.AddWithValue("fiscal_year", NpgsqlDbType.Integer, (object?)structure?.FiscalYear ?? DBNull.Value);
        p.AddWithValue("policy_area", NpgsqlDbType.Text, (object?)structure?.PolicyArea ?? DBNull.Value);
        p.AddWithValue("committee", NpgsqlDbType.Text, (object?)structure?.Committee ?? DBNull.Value);
        p.AddWithValue("page_count", extraction?.PageCount ?? 0);
        p.AddWithValue("table_count", extraction?.Tables.Count ?? 0);
        p.AddWithValue("fact_count", extraction is null ? 0 : record.Facts.Count);
        p.AddWithValue("check_count", extraction?.Checks.Count ?? 0);
        p.AddWithValue("warning_count", extraction?.Warnings.Count() ?? 0);
        await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }

    public static async Task CopyTablesAsync(NpgsqlConnection connection, string sha256, DocumentExtraction extraction, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY tables (sha256, table_uid, table_id, caption, title, description, activity_area_number, activity_area, unit, scale, unit_printed, " +
            "unit_inferred, price_basis_year, first_page, last_page, column_count, row_count) FROM STDIN (FORMAT BINARY)",
            cancellation).ConfigureAwait(false);
        foreach (var table in extraction.Tables)
        {
            await copy.StartRowAsync(cancellation).ConfigureAwait(false);
            await copy.WriteAsync(sha256, NpgsqlDbType.Char, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(table.Uid, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await Text(copy, table.Id, cancellation).ConfigureAwait(false);
            await Text(copy, table.Caption, cancellation).ConfigureAwait(false);
            await Text(copy, table.Title, cancellation).ConfigureAwait(false);
            await Text(copy, table.Description, cancellation).ConfigureAwait(false);
            await Integer(copy, table.ActivityArea, cancellation).ConfigureAwait(false);
            await Text(copy, extraction.ActivityAreaName(table.ActivityArea), cancellation).ConfigureAwait(false);
            await Text(copy, table.Unit?.Name, cancellation).ConfigureAwait(false);
            await Numeric(copy, table.Unit?.Scale, cancellation).ConfigureAwait(false);
            await Text(copy, table.Unit?.Printed, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(table.UnitInferred, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
            await Integer(copy, table.PriceBasis?.Year, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(table.Pages.Count > 0 ? table.Pages.Min() : 0, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(table.Pages.Count > 0 ? table.Pages.Max() : 0, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(table.Columns.Count, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(table.Rows.Count, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellation).ConfigureAwait(false);
    }

    public static async Task CopyChecksAsync(NpgsqlConnection connection, string sha256, DocumentExtraction extraction, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY checks (sha256, ordinal, kind, rule, holds, table_uid, table_id, row_index, column_index, row_label, column_label, page, " +
            "printed, computed, difference, message) FROM STDIN (FORMAT BINARY)",
            cancellation).ConfigureAwait(false);
        var ordinal = 0;
        foreach (var check in extraction.Checks)
        {
            var target = check.Target;
            await copy.StartRowAsync(cancellation).ConfigureAwait(false);
            await copy.WriteAsync(sha256, NpgsqlDbType.Char, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(++ordinal, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(CheckKindName(check.Kind), NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(check.Rule, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(check.Holds, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(target.Table, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await Text(copy, target.TableId, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(target.Row, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(target.Column, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(target.RowLabel, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(target.ColumnLabel, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(target.Page, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(check.Printed, NpgsqlDbType.Numeric, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(check.Computed, NpgsqlDbType.Numeric, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(check.Difference, NpgsqlDbType.Numeric, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(check.Message, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellation).ConfigureAwait(false);
    }

    public static async Task CopyFactsAsync(NpgsqlConnection connection, string sha256, IReadOnlyList<Fact> facts, CancellationToken cancellation)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY facts (sha256, ordinal, source_file, municipality, document_kind, fiscal_year, policy_area, activity_area, table_id, table_title, " +
            "row_label, row_kind, column_label, measure, year, value, unit, scale, amount_dkk, page, x0, y0, x1, y1, table_uid, row_code, " +
            "activity_area_number, price_basis_year, unit_printed, unit_inferred, page_label, year_inferred, committee, proposal, figures_pending, text_columns, source_url, " +
            "source_path, value_kind, restates, is_leaf, table_confidence) FROM STDIN (FORMAT BINARY)",
            cancellation).ConfigureAwait(false);
        var ordinal = 0;
        foreach (var f in facts)
        {
            await copy.StartRowAsync(cancellation).ConfigureAwait(false);
            await copy.WriteAsync(sha256, NpgsqlDbType.Char, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(++ordinal, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.SourceFile, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await Text(copy, f.Municipality, cancellation).ConfigureAwait(false);
            await Text(copy, f.DocumentKind, cancellation).ConfigureAwait(false);
            await Integer(copy, f.FiscalYear, cancellation).ConfigureAwait(false);
            await Text(copy, f.PolicyArea, cancellation).ConfigureAwait(false);
            await Text(copy, f.ActivityArea, cancellation).ConfigureAwait(false);
            await Text(copy, f.TableId, cancellation).ConfigureAwait(false);
            await Text(copy, f.TableTitle, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.RowLabel, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.RowKind, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.ColumnLabel, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.Measure, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await Integer(copy, f.Year, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.Value, NpgsqlDbType.Numeric, cancellation).ConfigureAwait(false);
            await Text(copy, f.Unit, cancellation).ConfigureAwait(false);
            await Numeric(copy, f.Scale, cancellation).ConfigureAwait(false);
            await Numeric(copy, f.AmountDkk, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.Page, NpgsqlDbType.Integer, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.X0, NpgsqlDbType.Double, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.Y0, NpgsqlDbType.Double, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.X1, NpgsqlDbType.Double, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.Y1, NpgsqlDbType.Double, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.TableUid, NpgsqlDbType.Text, cancellation).ConfigureAwait(false);
            await Text(copy, f.RowCode, cancellation).ConfigureAwait(false);
            await Integer(copy, f.ActivityAreaNumber, cancellation).ConfigureAwait(false);
            await Integer(copy, f.PriceBasisYear, cancellation).ConfigureAwait(false);
            await Text(copy, f.UnitPrinted, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.UnitInferred, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
            await Text(copy, f.PageLabel, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.YearInferred, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
            await Text(copy, f.Committee, cancellation).ConfigureAwait(false);
            await Text(copy, f.Proposal, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.FiguresPending, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
            await (f.TextColumns is null ? copy.WriteNullAsync(cancellation) : copy.WriteAsync(f.TextColumns, NpgsqlDbType.Json, cancellation)).ConfigureAwait(false);
            await Text(copy, f.SourceUrl, cancellation).ConfigureAwait(false);
            await Text(copy, f.SourcePath, cancellation).ConfigureAwait(false);
            await Text(copy, f.ValueKind, cancellation).ConfigureAwait(false);
            await Text(copy, f.Restates, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.IsLeaf, NpgsqlDbType.Boolean, cancellation).ConfigureAwait(false);
            await copy.WriteAsync(f.TableConfidence, NpgsqlDbType.Double, cancellation).ConfigureAwait(false);
        }

        await copy.CompleteAsync(cancellation).ConfigureAwait(false);
    }

    /// <summary>The names the JSON output uses for check kinds (<c>column_sum</c>, <c>row_formula</c>, <c>cross_table</c>).</summary>
    private static string CheckKindName(Extraction.Pipeline.Checks.CheckKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static Task Text(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellation) =>
        value is null ? copy.WriteNullAsync(cancellation) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellation);

    private static Task Integer(NpgsqlBinaryImporter copy, int? value, CancellationToken cancellation) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Integer, cancellation) : copy.WriteNullAsync(cancellation);

    private static Task Numeric(NpgsqlBinaryImporter copy, decimal? value, CancellationToken cancellation) =>
        value is { } v ? copy.WriteAsync(v, NpgsqlDbType.Numeric, cancellation) : copy.WriteNullAsync(cancellation);
}
