namespace Extraction.Sinks.Postgres;

/// <summary>The PostgreSQL warehouse sink (pipeline.json <c>batch.postgres</c>).</summary>
public sealed record PostgresOptions
{
    /// <summary>Environment variable read for the connection string when the command line gives none.</summary>
    public string ConnectionStringVariable { get; init; } = "EXTRACTION_POSTGRES";

    /// <summary>Database schema the tables live in.</summary>
    public string Schema { get; init; } = "extraction";

    /// <summary>Retries of a transient database error (connection lost, serialization failure, deadlock).</summary>
    public int Retries { get; init; } = 4;

    /// <summary>Delay before the first retry; it doubles with each further one.</summary>
    public double RetryDelayMs { get; init; } = 500;
}
