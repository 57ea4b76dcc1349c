using System.Diagnostics;
using Extraction.Batch;
using Extraction.Pdf.Tests.Support;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Batch;

/// <summary>
/// Documents that work long inside one page (a content stream of millions of operators, within the decode budget)
/// time out; their work is cancelled in the reader's inner loops and has stopped when the run ends, so no thread is
/// left running and the memory they held is freed.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class StoppedWorkTests
{
    private const int Documents = 4;
    private const long ContentBytes = 200L * 1024 * 1024;

    /// <summary>Slack for memory the runtime keeps after a batch whatever it ran (caches, JIT): far below one document's worth.</summary>
    private const long MemorySlack = 48L * 1024 * 1024;

    [Test]
    public void After_documents_that_time_out_no_thread_is_left_and_memory_returns_to_its_baseline()
    {
        using var inputs = new TemporaryFolder();
        var content = HostileFiles.LongContent(ContentBytes);
        for (var i = 0; i < Documents; i++)
        {
            File.WriteAllBytes(inputs[$"long-{i}.pdf"], [.. content, .. System.Text.Encoding.ASCII.GetBytes($"\n% copy {i}\n")]);
        }

        var options = Batches.Options(parallelism: 2, timeoutSeconds: 1);
        using (var warmUp = new TemporaryFolder())
        {
            Batches.Run([RepositoryPaths.CorpusPdfs().First()], warmUp.Path, options: options with { Batch = options.Batch with { DocumentTimeoutSeconds = 300 } });
        }

        var (threads, memory) = Baseline();
        using var output = new TemporaryFolder();
        var summary = Batches.Run([inputs.Path], output.Path, options: options);
        var (threadsAfter, memoryAfter) = Baseline();

        Assert.That(summary.Documents.Select(d => d.Error?.Code), Is.All.EqualTo(DocumentWorker.Timeout), "the documents do work long");
        Assert.That(threadsAfter, Is.LessThanOrEqualTo(threads), "threads besides the thread pool's");
        Assert.That(memoryAfter, Is.LessThanOrEqualTo(memory + MemorySlack));
    }

    /// <summary>Threads that are not the thread pool's (a document's own thread is not), and the managed heap after a full collection.</summary>
    private static (int Threads, long Memory) Baseline()
    {
        var memory = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (process.Threads.Count - ThreadPool.ThreadCount, memory);
    }
}
