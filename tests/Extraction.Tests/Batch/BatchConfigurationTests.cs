using System.Text.Json.Nodes;
using Extraction.Configuration;
using Extraction.Pipeline;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>pipeline.json's batch section: defaults and errors that name the bad key.</summary>
[TestFixture]
public sealed class BatchConfigurationTests
{
    [TestCase("batch.parallelism", "-1", "batch.parallelism")]
    [TestCase("batch.document_timeout_seconds", "0", "batch.document_timeout_seconds")]
    [TestCase("batch.io_retries", "50", "batch.io_retries")]
    [TestCase("batch.progress_interval_seconds", "0", "batch.progress_interval_seconds")]
    [TestCase("batch.max_file_bytes", "0", "batch.max_file_bytes")]
    [TestCase("postgres.schema", "\"Robert'); DROP TABLE\"", "postgres.schema")]
    [TestCase("postgres.retries", "\"three\"", "postgres.retries")]
    [TestCase("batch.paralelism", "2", "batch.paralelism")]
    [TestCase("writers.value_kinds.measures", "{\"technical_budgett\": \"budget_level\"}", "writers.value_kinds.measures")]
    [TestCase("writers.value_kinds.not_money", "\" \"", "writers.value_kinds")]
    [TestCase("writers.parquet_file", "\"facts.csv\"", "writers.parquet_file")]
    public void A_bad_batch_or_warehouse_value_names_its_key(string key, string value, string expected)
    {
        var json = RepositoryConfiguration.Edit(key, JsonNode.Parse(value));

        var error = Assert.Throws<ConfigurationException>(() => PipelineConfiguration.Parse(json, RepositoryPaths.Root));

        Assert.That(error!.Key, Is.EqualTo(expected));
    }

    [Test]
    public void The_repository_configuration_runs_one_document_per_core_by_default()
    {
        var options = PipelineConfiguration.Load(Path.Combine(RepositoryPaths.Root, PipelineConfiguration.FileName));

        Assert.That(options.Batch.Parallelism, Is.Zero);
        Assert.That(options.Batch.EffectiveParallelism, Is.EqualTo(Environment.ProcessorCount));
    }
}
