using System.Diagnostics;
using Extraction.Core.Assembly;
using Extraction.Core.Checks;
using Extraction.Core.Configuration;
using Extraction.Core.Layout;
using Extraction.Core.Model;
using Extraction.Core.Proposals;
using Extraction.Core.Reading;
using Extraction.Core.Structure;
using Extraction.Core.Tables;

namespace Extraction.Core.Pipeline;

/// <summary>
/// Runs the stages on one document: read → layout → tables → structure → assembly → checks. Each stage is a pure
/// function of its input and options; this class only wires them, times them and turns failures into outcomes.
/// Build one per configuration and reuse it: patterns are compiled once. Safe to use from several threads.
/// </summary>
public sealed class DocumentPipeline
{
    private readonly PipelineOptions options;
    private readonly IDocumentReader reader;
    private readonly TableDetector tables;
    private readonly StructureReader structure;
    private readonly TableAssembler assembler;
    private readonly ConsistencyChecker checker;
    private readonly ProposalAssembler proposals;

    public DocumentPipeline(PipelineOptions options, IDocumentReader? reader = null)
    {
        this.options = options;
        this.reader = reader ?? new PdfDocumentReader();
        tables = new TableDetector(options.Tables, options.Layout, options.Columns, options.Numbers, options.Structure.CaptionPatterns);
        structure = new StructureReader(options.Structure, options.Layout, options.Proposals, options.Numbers);
        assembler = new TableAssembler(options.Assembly, options.Columns, options.Numbers, options.Proposals.TableIdSeparator);
        checker = new ConsistencyChecker(options.Checks, options.Assembly.TotalRowPatterns);
        proposals = new ProposalAssembler(options.Proposals, options.Assembly.TotalRowPatterns);
    }

    /// <summary>Processes one document with a pipeline built for <paramref name="options"/>.</summary>
    public static DocumentOutcome Process(string path, PipelineOptions options) => new DocumentPipeline(options).Process(path);

    public DocumentOutcome Process(string path)
    {
        var clock = Stopwatch.StartNew();
        var timings = new double[6];
        double Lap(int stage)
        {
            timings[stage] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            return timings[stage];
        }

        StageTimings Timings() => new(timings[0], timings[1], timings[2], timings[3], timings[4], timings[5]);

        try
        {
            var text = reader.Read(path);
            Lap(0);
            var layout = LayoutAnalyzer.Analyze(text, options.Layout);
            Lap(1);
            var grids = tables.Detect(layout);
            Lap(2);
            var documentStructure = structure.Read(layout, grids);
            Lap(3);
            var typed = assembler.Assemble(grids, documentStructure);
            var records = proposals.Build(documentStructure, typed);
            Lap(4);
            var checks = options.RunsChecks ? checker.Check(typed, documentStructure) : [];
            Lap(5);
            var extraction = new DocumentExtraction(
                path,
                text.Pages.Count,
                layout.Pages.Select(p => p.PrintedNumber).ToList(),
                documentStructure,
                typed,
                checks,
                text.Warnings.Concat(text.Pages.SelectMany(p => p.Warnings)).ToList())
            {
                Proposals = records,
            };
            return new DocumentSucceeded(path, Timings(), extraction);
        }
        catch (DocumentReadException ex)
        {
            return new DocumentFailed(path, Timings(), ex.Code, ex.Message);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new DocumentFailed(path, Timings(), "PipelineError", $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
