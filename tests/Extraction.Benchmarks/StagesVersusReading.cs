using System.Diagnostics;
using System.Globalization;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;

namespace Extraction.Benchmarks;

/// <summary>
/// What the stages after reading cost against reading itself, measured in one process: reading the fixtures alone and
/// the whole pipeline over them, round after round in turn after warm-up rounds (see <see cref="PipelineProfile"/>: the
/// tiered compiler's optimised code, as in a batch under way). Counted in processor time of the process beside wall
/// time, so that other work on a shared machine does not fall on one side only.
/// </summary>
internal static class StagesVersusReading
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var warmUp = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 6;
        var reader = new PdfDocumentReader();
        var pipeline = new DocumentPipeline(PipelineFixtures.Options(), reader);
        var pdfs = PipelineFixtures.Pdfs();
        int Read() => Enumerable.Range(0, passes).Sum(_ => pdfs.Sum(p => reader.Read(p).Pages.Count));
        int Whole() => Enumerable.Range(0, passes).Sum(_ => pdfs.Sum(p => pipeline.Process(p) is DocumentSucceeded s ? s.Extraction.Tables.Count : 0));
        for (var round = 0; round < Math.Max(1, warmUp); round++)
        {
            Read();
            Whole();
        }

        var reading = new List<(double Cpu, double Wall)>();
        var whole = new List<(double Cpu, double Wall)>();
        for (var round = 0; round < rounds; round++)
        {
            reading.Add(Measure(Read));
            whole.Add(Measure(Whole));
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{pdfs.Count} documents, {rounds} rounds of {passes} passes each after {Math.Max(1, warmUp)} warm-up rounds, per round (median)"));
        Report("processor time", reading.Select(r => r.Cpu).ToList(), whole.Select(w => w.Cpu).ToList(), c);
        Report("wall time", reading.Select(r => r.Wall).ToList(), whole.Select(w => w.Wall).ToList(), c);
        return 0;
    }

    private static void Report(string clock, List<double> reading, List<double> whole, CultureInfo c)
    {
        var ratios = reading.Zip(whole, (r, w) => (w - r) / r).Order().ToList();
        Console.WriteLine(string.Create(c, $"{clock}: reading alone {Median(reading):0.0} ms, whole pipeline {Median(whole):0.0} ms; stages after reading / reading: median {Median(ratios):0.00} (rounds {ratios[0]:0.00}–{ratios[^1]:0.00})"));
    }

    /// <summary>
    /// Processor time has the resolution of the kernel's clock tick (10 ms here), so a round must be long against it:
    /// hence several passes per round. Wall time is given too, for a quiet machine.
    /// </summary>
    private static (double Cpu, double Wall) Measure(Func<int> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        process.Refresh();
        return ((process.TotalProcessorTime - before).TotalMilliseconds, clock.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
