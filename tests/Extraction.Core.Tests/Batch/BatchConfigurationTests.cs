using System.Text.Json.Nodes;
using Extraction.Core.Configuration;
using Extraction.Core.Tests.Support;
using Extraction.Tests.Shared;

namespace Extraction.Core.Tests.Batch;

/// <summary>pipeline.json's batch section: defaults and errors that name the bad key.</summary>
[TestFixture]
public sealed class BatchConfigurationTests
{
    [TestCase("parallelism", "-1", "batch.parallelism")]
    [TestCase("document_timeout_seconds", "0", "batch.document_timeout_seconds")]
    [TestCase("io_retries", "50", "batch.io_retries")]
    [TestCase("progress_interval_seconds", "0", "batch.progress_interval_seconds")]
    [TestCase("max_file_bytes", "0", "batch.max_file_bytes")]
    [TestCase("postgres", "{\"schema\": \"Robert'); DROP TABLE\"}", "batch.postgres.schema")]
    [TestCase("postgres", "{\"retries\": \"three\"}", "batch.postgres.retries")]
    [TestCase("paralelism", "2", "batch.paralelism")]
    public void A_bad_batch_value_names_its_key(string key, string value, string expected)
    {
        var json = RepositoryConfiguration.Edit("batch." + key, JsonNode.Parse(value));

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
