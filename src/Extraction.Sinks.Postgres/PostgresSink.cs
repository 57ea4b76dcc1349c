using Extraction.Batch.Sinks;
using Extraction.Batch;
using Npgsql;
using Polly.Retry;
using Polly;
using Serilog;

namespace Extraction.Sinks.Postgres;

/// <summary>
/// Loads documents, tables, checks and facts into PostgreSQL (schema in <c>schema.sql</c>, docs/schema.md). Each
/// document is one transaction: its <c>documents</c> row is upserted by SHA-256 and its other rows replaced, so
/// loading again never duplicates a row. Transient errors (lost connection, serialization failure, deadlock) are
/// retried with back-off; the whole transaction is redone.
/// </summary>
public sealed class PostgresSink : IDocumentSink
{
    private const long SchemaLockKey = 0x45787472_61637430; // "Extract0": serialises concurrent schema set-up (shards).

    private readonly NpgsqlDataSource dataSource;
    private readonly PostgresOptions options;
    private readonly ResiliencePipeline retry;

    public PostgresSink(string connectionString, PostgresOptions options, ILogger log)
    {
        this.options = options;
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.SearchPath = options.Schema;
        dataSource = builder.Build();
        var pipeline = new ResiliencePipelineBuilder();
        if (options.Retries > 0)
        {
            pipeline.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(ex => ex.IsTransient),
                MaxRetryAttempts = options.Retries,
                Delay = TimeSpan.FromMilliseconds(options.RetryDelayMs),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    log.Warning("Transient PostgreSQL error, retry {Attempt} in {DelayMs:0} ms: {Message}", args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message);
                    return default;
                },
            });
        }

        retry = pipeline.Build();
    }

    public string Name => "postgres";

    /// <summary>The DDL applied by <see cref="PrepareAsync"/>.</summary>
    public static string SchemaSql()
    {
        using var stream = typeof(PostgresSink).Assembly.GetManifestResourceStream("Extraction.Sinks.Postgres.schema.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async Task PrepareAsync(CancellationToken cancellation) =>
        await retry.ExecuteAsync(
            async token =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
                await Execute(connection, $"SELECT pg_advisory_xact_lock({SchemaLockKey})", token).ConfigureAwait(false);
                await Execute(connection, $"CREATE SCHEMA IF NOT EXISTS {options.Schema}", token).ConfigureAwait(false);
                await Execute(connection, SchemaSql(), token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
            },
            cancellation).ConfigureAwait(false);

    public async Task<IReadOnlyDictionary<string, string>> FingerprintsAsync(IReadOnlyCollection<string> sha256s, CancellationToken cancellation) =>
        await retry.ExecuteAsync(
            async token =>
            {
                var result = new Dictionary<string, string>(StringComparer.Ordinal);
                await using var connection = await dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                await using var command = new NpgsqlCommand("SELECT sha256, fingerprint FROM documents WHERE sha256 = ANY(@hashes) AND status <> 'failed'", connection);
                command.Parameters.AddWithValue("hashes", sha256s.ToArray());
                await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    result[reader.GetString(0)] = reader.GetString(1);
                }

                return (IReadOnlyDictionary<string, string>)result;
            },
            cancellation).ConfigureAwait(false);

    public async Task WriteAsync(DocumentRecord record, CancellationToken cancellation) =>
        await retry.ExecuteAsync(
            async token =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(token).ConfigureAwait(false);
                await PostgresRows.UpsertDocumentAsync(connection, record, token).ConfigureAwait(false);
                foreach (var table in new[] { "facts", "checks", "tables" })
                {
                    await using var delete = new NpgsqlCommand($"DELETE FROM {table} WHERE sha256 = @sha256", connection);
                    delete.Parameters.AddWithValue("sha256", record.Sha256);
                    await delete.ExecuteNonQueryAsync(token).ConfigureAwait(false);
                }

                if (record.Extraction is { } extraction && record.Entry.Status != DocumentStatus.Failed)
                {
                    await PostgresRows.CopyTablesAsync(connection, record.Sha256, extraction, token).ConfigureAwait(false);
                    await PostgresRows.CopyChecksAsync(connection, record.Sha256, extraction, token).ConfigureAwait(false);
                    await PostgresRows.CopyFactsAsync(connection, record.Sha256, record.Facts, token).ConfigureAwait(false);
                }

                await transaction.CommitAsync(token).ConfigureAwait(false);
            },
            cancellation).ConfigureAwait(false);

    public async Task RecordRunAsync(RunRecord run, string output, CancellationToken cancellation) =>
        await retry.ExecuteAsync(
            async token =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(token).ConfigureAwait(false);
                await using var command = new NpgsqlCommand(
                    "INSERT INTO runs (output, shard, started, finished, configuration, forced, cancelled, inputs, added, reprocessed, failed, skipped, store_documents, store_facts) " +
                    "VALUES (@output, @shard, @started, @finished, @configuration, @forced, @cancelled, @inputs, @added, @reprocessed, @failed, @skipped, @store_documents, @store_facts) " +
                    "ON CONFLICT (output, shard, started) DO NOTHING",
                    connection);
                command.Parameters.AddWithValue("output", output);
                command.Parameters.AddWithValue("shard", run.Shard);
                command.Parameters.AddWithValue("started", run.Started.ToUniversalTime());
                command.Parameters.AddWithValue("finished", run.Finished.ToUniversalTime());
                command.Parameters.AddWithValue("configuration", run.Configuration);
                command.Parameters.AddWithValue("forced", run.Forced);
                command.Parameters.AddWithValue("cancelled", run.Cancelled);
                command.Parameters.AddWithValue("inputs", run.Inputs);
                command.Parameters.AddWithValue("added", run.Added.Count);
                command.Parameters.AddWithValue("reprocessed", run.Reprocessed.Count);
                command.Parameters.AddWithValue("failed", run.Failed.Count);
                command.Parameters.AddWithValue("skipped", run.Skipped.Count);
                command.Parameters.AddWithValue("store_documents", run.StoreDocuments);
                command.Parameters.AddWithValue("store_facts", run.StoreFacts);
                await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellation).ConfigureAwait(false);

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }
}
