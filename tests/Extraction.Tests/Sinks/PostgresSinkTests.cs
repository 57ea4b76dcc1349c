using System.Globalization;
using Extraction.Batch.Sinks;
using Extraction.Batch;
using Extraction.Outputs;
using Extraction.Sinks.Postgres;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;
using Npgsql;
using Serilog;

namespace Extraction.Tests.Sinks;

/// <summary>The PostgreSQL warehouse, against a real server started for these tests (no mocks).</summary>
[TestFixture]
[NonParallelizable]
public sealed class PostgresSinkTests
{
    private static readonly string[] Tables = ["documents", "tables", "checks", "facts"];

    private PostgresServer server = null!;
    private TemporaryFolder inputs = null!;

    [OneTimeSetUp]
    public void StartServer()
    {
        server = PostgresServer.Start();
        inputs = new TemporaryFolder("extraction-warehouse-inputs-");
        foreach (var pdf in RepositoryPaths.CorpusPdfs())
        {
            File.Copy(pdf, inputs[Path.GetFileName(pdf)]);
        }

        File.WriteAllText(inputs["letter.pdf"], "Dear reader, this is not a PDF.");
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        inputs?.Dispose();
        server?.Dispose();
    }

    [Test]
    public async Task Loading_the_fixtures_twice_leaves_the_row_counts_unchanged_and_the_facts_equal_facts_csv()
    {
        var connectionString = server.CreateDatabase();
        using var output = new TemporaryFolder();

        var first = await RunAsync(connectionString, output.Path);
        var counts = await CountsAsync(connectionString);
        var second = await RunAsync(connectionString, output.Path, force: true);
        var third = await RunAsync(connectionString, output.Path);

        Assert.That(first.Ok + first.OkWithWarnings, Is.EqualTo(5));
        Assert.That(second.Ok + second.OkWithWarnings, Is.EqualTo(5), "forced: every document loaded again");
        Assert.That(third.Skipped, Is.EqualTo(5), "unchanged and loaded: skipped");
        Assert.That(await CountsAsync(connectionString), Is.EqualTo(counts));
        Assert.That(counts["documents"], Is.EqualTo(6), "five documents and the failed one");
        Assert.That(counts["facts"], Is.EqualTo(first.Facts));
        Assert.That(counts["tables"], Is.EqualTo(first.Documents.Sum(d => d.Tables)));
        Assert.That(await FactsAsCsvAsync(connectionString), Is.EqualTo(File.ReadAllText(Path.Combine(output.Path, "facts.csv"))));
    }

    [Test]
    public async Task Documents_hold_their_outcome_and_checks_their_warnings()
    {
        var connectionString = server.CreateDatabase();
        using var output = new TemporaryFolder();

        var summary = await RunAsync(connectionString, output.Path);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new Dictionary<string, (string Status, string? Code, int Warnings)>();
        await using (var command = new NpgsqlCommand("SELECT source_file, status, error_code, warning_count FROM extraction.documents", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3));
            }
        }

        Assert.That(rows["letter.pdf"], Is.EqualTo(("failed", (string?)"NotAPdf", 0)));
        foreach (var entry in summary.Documents.Where(d => d.Status != DocumentStatus.Failed))
        {
            Assert.That(rows[entry.FileName], Is.EqualTo((entry.Status.Name(), (string?)null, entry.Warnings)));
        }

        await using var warnings = new NpgsqlCommand("SELECT count(*) FROM extraction.checks WHERE NOT holds", connection);
        Assert.That(Convert.ToInt32(await warnings.ExecuteScalarAsync(), CultureInfo.InvariantCulture), Is.EqualTo(summary.Warnings));
    }

    [Test]
    public async Task Documents_complete_on_disk_but_missing_from_the_warehouse_are_loaded_not_skipped()
    {
        var connectionString = server.CreateDatabase();
        using var output = new TemporaryFolder();
        Batches.Run([inputs.Path], output.Path);

        var withSink = await RunAsync(connectionString, output.Path);

        Assert.That(withSink.Skipped, Is.Zero);
        Assert.That((await CountsAsync(connectionString))["facts"], Is.EqualTo(withSink.Facts));
    }

    [Test]
    public async Task The_schema_is_applied_idempotently_even_by_several_runs_at_once()
    {
        var connectionString = server.CreateDatabase();
        var sinks = Enumerable.Range(0, 4).Select(_ => new PostgresSink(connectionString, Batches.Options().Postgres, new LoggerConfiguration().CreateLogger())).ToList();

        await Task.WhenAll(sinks.Select(s => s.PrepareAsync(CancellationToken.None)));
        await sinks[0].PrepareAsync(CancellationToken.None);

        Assert.That((await CountsAsync(connectionString)).Values, Is.All.Zero);
        foreach (var sink in sinks)
        {
            await sink.DisposeAsync();
        }
    }

    [Test]
    public async Task A_load_during_a_server_restart_is_retried()
    {
        var connectionString = server.CreateDatabase();
        using var output = new TemporaryFolder();
        var options = Batches.Options().Postgres with { Retries = 8, RetryDelayMs = 200 };
        await using var sink = new PostgresSink(connectionString, options, new LoggerConfiguration().CreateLogger());
        await sink.PrepareAsync(CancellationToken.None);
        await sink.FingerprintsAsync(["0"], CancellationToken.None);

        server.Stop();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(1500);
            server.Restart();
        });
        try
        {
            var summary = Batches.Run([Corpus.Pdf("000_360efd37c18e3eeb")], output.Path, sinks: [sink]);

            Assert.That(summary.Documents.Single().Status, Is.EqualTo(DocumentStatus.OkWithWarnings));
            Assert.That((await CountsAsync(connectionString))["facts"], Is.EqualTo(summary.Facts));
        }
        finally
        {
            await restart;
        }
    }

    [Test]
    public async Task The_views_sum_each_krone_once_and_the_runs_are_recorded()
    {
        var connectionString = server.CreateDatabase();
        using var output = new TemporaryFolder();
        var first = await RunAsync(connectionString, output.Path);
        await RunAsync(connectionString, output.Path);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<object?> Scalar(string sql)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            return await command.ExecuteScalarAsync();
        }

        using var csv = new StreamReader(Path.Combine(output.Path, "facts.csv"));
        var facts = FactsCsvReader.Read(csv);
        var it2026 = facts.Where(f => f.IsLeaf && f.Municipality == "Næstved" && f.PolicyArea == "IT" && f.FiscalYear == 2026 && f.Measure == "technical_budget" && f.Year == 2026).Sum(f => f.AmountDkk);
        Assert.That(Convert.ToInt64(await Scalar("SELECT count(*) FROM extraction.leaf_facts"), CultureInfo.InvariantCulture), Is.EqualTo(facts.Count(f => f.IsLeaf)));
        Assert.That(
            await Scalar("SELECT amount_dkk FROM extraction.totals WHERE municipality = 'Næstved' AND policy_area = 'IT' AND fiscal_year = 2026 AND measure = 'technical_budget' AND year = 2026"),
            Is.EqualTo(it2026).And.EqualTo(77_248_000m));
        await using var runs = new NpgsqlCommand("SELECT added, skipped, failed, store_documents, store_facts FROM extraction.runs ORDER BY started", connection);
        await using var reader = await runs.ExecuteReaderAsync();
        var rows = new List<(int, int, int, int, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4)));
        }

        Assert.That(rows, Is.EqualTo(new[] { (5, 0, 1, 5, first.Facts), (0, 5, 1, 5, first.Facts) }));
    }

    private async Task<BatchSummary> RunAsync(string connectionString, string output, bool force = false)
    {
        await using var sink = new PostgresSink(connectionString, Batches.Options().Postgres, new LoggerConfiguration().CreateLogger());
        await sink.PrepareAsync(CancellationToken.None);
        return Batches.Run([inputs.Path], output, force: force, sinks: [sink]);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM extraction.{table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>The facts in the database, in facts.csv's order (input path, then row), written as facts.csv is.</summary>
    private static async Task<string> FactsAsCsvAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT f.source_file, f.municipality, f.document_kind, f.fiscal_year, f.policy_area, f.activity_area, f.table_id, f.table_title,
                   f.row_label, f.row_kind, f.column_label, f.measure, f.year, f.value, f.unit, f.scale, f.amount_dkk, f.page,
                   f.x0, f.y0, f.x1, f.y1, f.table_uid, f.row_code, f.activity_area_number, f.price_basis_year, f.unit_printed,
                   f.unit_inferred, f.page_label, f.year_inferred, f.committee, f.proposal, f.figures_pending, f.text_columns, f.source_url,
                   f.sha256, f.source_path, f.value_kind, f.restates, f.is_leaf, f.table_confidence
            FROM extraction.facts f JOIN extraction.documents d USING (sha256)
            ORDER BY d.input_path COLLATE "C", f.ordinal
            """,
            connection);
        var facts = new List<Fact>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                int? Integer(int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);
                decimal? Number(int i) => reader.IsDBNull(i) ? null : reader.GetDecimal(i);
                facts.Add(new Fact
                {
                    SourceFile = reader.GetString(0), Municipality = Text(1), DocumentKind = Text(2), FiscalYear = Integer(3), PolicyArea = Text(4),
                    ActivityArea = Text(5), TableId = Text(6), TableTitle = Text(7), RowLabel = reader.GetString(8), RowKind = reader.GetString(9),
                    ColumnLabel = reader.GetString(10), Measure = reader.GetString(11), Year = Integer(12), Value = reader.GetDecimal(13), Unit = Text(14),
                    Scale = Number(15), AmountDkk = Number(16), Page = reader.GetInt32(17), X0 = reader.GetDouble(18), Y0 = reader.GetDouble(19),
                    X1 = reader.GetDouble(20), Y1 = reader.GetDouble(21), TableUid = reader.GetString(22), RowCode = Text(23), ActivityAreaNumber = Integer(24),
                    PriceBasisYear = Integer(25), UnitPrinted = Text(26), UnitInferred = reader.GetBoolean(27), PageLabel = Text(28),
                    YearInferred = reader.GetBoolean(29), Committee = Text(30), Proposal = Text(31), FiguresPending = reader.GetBoolean(32),
                    TextColumns = Text(33), SourceUrl = Text(34), DocumentSha256 = reader.GetString(35), SourcePath = Text(36), ValueKind = Text(37),
                    Restates = Text(38), IsLeaf = reader.GetBoolean(39), TableConfidence = reader.GetDouble(40),
                });
            }
        }

        using var csv = new StringWriter();
        FactsCsvWriter.Write(facts, csv);
        return csv.ToString();
    }
}
