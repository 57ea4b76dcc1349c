using System.Security.Cryptography;
using Extraction.Batch;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;
using FsCheck.Fluent;
using FsCheck;

namespace Extraction.Tests.Batch;

/// <summary>N shard runs cover the inputs exactly once between them, and together write what one run writes.</summary>
[TestFixture]
public sealed class ShardTests
{
    [Test]
    public void The_union_of_the_shard_runs_is_the_single_run_without_overlap()
    {
        using var inputs = new TemporaryFolder("extraction-shard-inputs-");
        var pdfs = RepositoryPaths.CorpusPdfs().ToList();
        for (var i = 0; i < 12; i++)
        {
            Batches.DistinctCopy(pdfs[i % pdfs.Count], inputs[$"doc-{i:00}.pdf"], i);
        }

        File.Copy(inputs["doc-00.pdf"], inputs["doc-00-copy.pdf"]);
        File.WriteAllText(inputs["broken.pdf"], "not a PDF");
        using var single = new TemporaryFolder();
        var whole = Batches.Run([inputs.Path], single.Path);

        const int Count = 3;
        var shards = new List<(BatchSummary Summary, string Output)>();
        var folders = new List<TemporaryFolder>();
        try
        {
            for (var k = 0; k < Count; k++)
            {
                var folder = new TemporaryFolder();
                folders.Add(folder);
                shards.Add((Batches.Run([inputs.Path], folder.Path, shard: new Shard(k, Count)), folder.Path));
            }

            var covered = shards.SelectMany(s => s.Summary.Documents).ToList();
            Assert.That(covered.Select(d => d.Input).Order(StringComparer.Ordinal), Is.EqualTo(whole.Documents.Select(d => d.Input)), "each input in exactly one shard");
            Assert.That(shards.Select(s => s.Summary.Documents.Count + s.Summary.OtherShards), Is.All.EqualTo(whole.Documents.Count));
            Assert.That(shards.Select(s => s.Summary.Documents.Count), Has.All.GreaterThan(0), "12 documents fall in every one of 3 shards");
            Assert.That(covered.Select(d => (d.Input, d.Status, d.Sha256, d.Facts)).Order(), Is.EqualTo(whole.Documents.Select(d => (d.Input, d.Status, d.Sha256, d.Facts)).Order()));

            var shardFacts = shards.SelectMany(s => File.ReadAllLines(Path.Combine(s.Output, "facts.csv")).Skip(1)).Order(StringComparer.Ordinal);
            Assert.That(shardFacts, Is.EqualTo(File.ReadAllLines(single["facts.csv"]).Skip(1).Order(StringComparer.Ordinal)));

            var shardDocuments = shards.SelectMany(s => Batches.Outputs(s.Output).Where(f => f.Key.StartsWith("documents/", StringComparison.Ordinal))).ToList();
            var wholeDocuments = Batches.Outputs(single.Path).Where(f => f.Key.StartsWith("documents/", StringComparison.Ordinal)).ToList();
            Assert.That(shardDocuments.Select(f => f.Key).Order(StringComparer.Ordinal), Is.EqualTo(wholeDocuments.Select(f => f.Key)));
            Assert.That(shardDocuments.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value), Is.EqualTo(wholeDocuments.Select(f => f.Value)));
        }
        finally
        {
            folders.ForEach(f => f.Dispose());
        }
    }

    [FsCheck.NUnit.Property]
    public Property Every_hash_falls_in_exactly_one_shard() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<byte[]>(),
            Gen.Choose(1, 64).ToArbitrary(),
            (content, count) =>
            {
                var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
                return Enumerable.Range(0, count).Count(k => new Shard(k, count).Contains(sha256)) == 1;
            });

    [TestCase("0/1", 0, 1)]
    [TestCase("2/4", 2, 4)]
    [TestCase("15/16", 15, 16)]
    public void A_shard_is_written_k_slash_n(string text, int index, int count) =>
        Assert.That(Shard.Parse(text), Is.EqualTo(new Shard(index, count)));

    [TestCase("4/4")]
    [TestCase("1/0")]
    [TestCase("-1/4")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("1/2/3")]
    public void Anything_else_is_not_a_shard(string text) =>
        Assert.Throws<FormatException>(() => Shard.Parse(text));
}
