using System.Diagnostics;
using System.Globalization;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;

namespace Extraction.Benchmarks;

/// <summary>
/// What the stages after reading cost against reading itself, measured in one process: reading the fixtures alone and
/// the whole pipeline over them, round after round in turn after a warm-up round. Counted in processor time of the
/// process rather than wall time, so that other work on a shared machine does not fall on one side only.
/// </summary>
internal static class StagesVersusReading
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var reader = new PdfDocumentReader();
        var pipeline = new DocumentPipeline(PipelineFixtures.Options(), reader);
        var pdfs = PipelineFixtures.Pdfs();
        int Read() => pdfs.Sum(p => reader.Read(p).Pages.Count);
        int Whole() => pdfs.Sum(p => pipeline.Process(p) is DocumentSucceeded s ? s.Extraction.Tables.Count : 0);
        Read();
        Whole();

        var reading = new List<double>();
        var whole = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            reading.Add(Cpu(Read));
            whole.Add(Cpu(Whole));
        }

        var ratios = reading.Zip(whole, (r, w) => (w - r) / r).Order().ToList();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{pdfs.Count} documents, {rounds} rounds, processor time per round (median)"));
        Console.WriteLine(string.Create(c, $"reading alone: {Median(reading):0.0} ms; whole pipeline: {Median(whole):0.0} ms"));
        Console.WriteLine(string.Create(c, $"stages after reading / reading: median {Median(ratios):0.00} (rounds {ratios[0]:0.00}–{ratios[^1]:0.00})"));
        return 0;
    }

    private static double Cpu(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        work();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
