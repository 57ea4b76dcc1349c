using System.Diagnostics;
using System.Globalization;
using Extraction.Pipeline;
using Extraction.Reading.Pdf;

namespace Extraction.Benchmarks;

/// <summary>
/// Runs the pipeline over the fixtures several times after warm-up passes and prints, as a markdown table, pages per
/// second and the share of time spent in each stage (from the pipeline's own stage timings). The warm-up lets the
/// runtime's tiered compiler replace its first, quick code with optimised code, as it has long done by the time a batch
/// of many documents is under way; measured before that, a stage's cost is mostly how many methods it has.
/// </summary>
internal static class PipelineProfile
{
    public static int Run(string[] args)
    {
        var passes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var warmUp = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var pipeline = new DocumentPipeline(PipelineFixtures.Options(), new PdfDocumentReader());
        var pdfs = PipelineFixtures.Pdfs();
        for (var pass = 0; pass < Math.Max(1, warmUp); pass++)
        {
            RunOnce(pipeline, pdfs);
        }

        var total = StageTimings.Zero;
        var pages = 0;
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            var (timings, count) = RunOnce(pipeline, pdfs);
            total += timings;
            pages += count;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var stages = new (string Name, double Ms)[]
        {
            ("read (PDF → words, rulings)", total.Read),
            ("layout", total.Layout),
            ("tables", total.Tables),
            ("structure", total.Structure),
            ("assembly (numbers, columns)", total.Assembly),
            ("checks", total.Checks),
        };

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{pdfs.Count} documents, {pages / passes} pages per pass, {passes} passes after {Math.Max(1, warmUp)} warm-up passes, {seconds:0.00} s"));
        Console.WriteLine(string.Create(c, $"whole pipeline: {pages / seconds:0.0} pages/s; after the reader: {pages / ((total.Total - total.Read) / 1000):0.0} pages/s"));
        Console.WriteLine();
        Console.WriteLine("| stage | ms per pass | share |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, ms) in stages)
        {
            Console.WriteLine(string.Create(c, $"| {name} | {ms / passes:0.0} | {100 * ms / total.Total:0.0} % |"));
        }

        return 0;
    }

    private static (StageTimings Timings, int Pages) RunOnce(DocumentPipeline pipeline, IReadOnlyList<string> pdfs)
    {
        var timings = StageTimings.Zero;
        var pages = 0;
        foreach (var pdf in pdfs)
        {
            var outcome = pipeline.Process(pdf);
            timings += outcome.Timings;
            pages += outcome is DocumentSucceeded s ? s.Extraction.PageCount : 0;
        }

        return (timings, pages);
    }
}
