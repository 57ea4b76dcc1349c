using System.Diagnostics;
using Extraction.Document;
using Extraction.Pipeline.Assembly;
using Extraction.Pipeline.Checks;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline.Confidence;
using Extraction.Pipeline.Layout;
using Extraction.Pipeline.Model;
using Extraction.Pipeline.Proposals;
using Extraction.Pipeline.Structure;
using Extraction.Pipeline.Tables;

namespace Extraction.Pipeline;

/// <summary>
/// Runs the stages on one document: read → layout → tables → structure → assembly → checks → confidence (timed with the checks). Each stage is a pure
/// function of its input and options; this class only wires them, times them and turns failures into outcomes.
/// Build one per configuration and reuse it: patterns are compiled once. Safe to use from several threads.
/// </summary>
public sealed class DocumentPipeline
{
    /// <summary>The code of a document none of whose pages has text: a scan without a text layer, or no pages at all.</summary>
    public const string NoTextLayer = "NoTextLayer";

    private readonly PipelineOptions options;
    private readonly IDocumentReader reader;
    private readonly TableDetector tables;
    private readonly StructureReader structure;
    private readonly TableAssembler assembler;
    private readonly ConsistencyChecker checker;
    private readonly RestatementFinder restatements;
    private readonly ProposalAssembler proposals;
    private readonly TableConfidenceAssessor confidence;
    private readonly ParenthesesArithmetic parentheses;

    public DocumentPipeline(PipelineOptions options, IDocumentReader reader)
    {
        this.options = options;
        this.reader = reader;
        tables = new TableDetector(options.Tables, options.Layout, options.Columns, options.Numbers, options.Structure.CaptionPatterns, options.Structure.FigureCaptionPatterns);
        structure = new StructureReader(options.Structure, options.Layout, options.Proposals, options.Numbers, new ColumnHeaderParser(options.Columns, options.Numbers));
        assembler = new TableAssembler(options.Assembly, options.Columns, options.Numbers, options.Proposals.TableIdSeparator, options.Layout.Hyphenation);
        checker = new ConsistencyChecker(options.Checks, options.Assembly.TotalRowPatterns);
        restatements = new RestatementFinder(options.Checks, options.Assembly.TotalRowPatterns);
        proposals = new ProposalAssembler(options.Proposals, options.Assembly.TotalRowPatterns);
        parentheses = new ParenthesesArithmetic(options.Numbers, options.Checks.Tolerance);
        confidence = new TableConfidenceAssessor(options.Confidence, options.Tables.WrappedLabelValueAlignment);
    }

    public DocumentOutcome Process(string path) => Inspect(path).Outcome;

    /// <summary>
    /// Processes a document whose bytes the caller has read, with the values a manifest gives for it. Between stages
    /// and pages the work stops with <see cref="OperationCanceledException"/> once <paramref name="cancellation"/> is
    /// cancelled; every other failure is a <see cref="DocumentFailed"/>.
    /// </summary>
    public DocumentOutcome Process(string path, byte[] content, DocumentOverrides overrides, CancellationToken cancellation) =>
        Inspect(path, content, overrides, cancellation).Outcome;

    /// <summary>Processes one document and keeps the words and layout the stages worked from (for page views).</summary>
    public DocumentInspection Inspect(string path) =>
        Run(path, () => reader.Read(path), DocumentOverrides.None, CancellationToken.None);

    /// <inheritdoc cref="Process(string, byte[], DocumentOverrides, CancellationToken)"/>
    /// <param name="reached">Told the name of each stage as it begins after reading (a batch's crash journal records it).</param>
    public DocumentInspection Inspect(string path, byte[] content, DocumentOverrides overrides, CancellationToken cancellation, Action<string>? reached = null) =>
        Inspect(path, content, overrides, null, cancellation, reached);

    /// <summary>As <see cref="Inspect(string, byte[], DocumentOverrides, CancellationToken, Action{string})"/>, opening the document with its own password (null: the reader's).</summary>
    public DocumentInspection Inspect(string path, byte[] content, DocumentOverrides overrides, string? password, CancellationToken cancellation, Action<string>? reached = null) =>
        Run(path, () => reader.Read(path, content, password, cancellation), overrides, cancellation, reached);

    private static string NoTextMessage(DocumentText text) => text.Pages.Count == 0
        ? "The document has no pages."
        : ReadLosses.Of(text) is { Any: true } losses
            // Not a scan: the reader lost content, and the lack of text may be all that damage.
            ? $"None of its {text.Pages.Count} pages has text, and the reader could not read all of the file ({losses.PagesUnread} pages unread, {losses.PagesPartlyRead} partly read, {losses.StreamsSkipped} streams skipped): it is damaged."
            : $"None of its {text.Pages.Count} pages has text ({text.Pages.Sum(p => p.ImageCount)} images): a scanned document needs OCR before it can be read.";

    private DocumentInspection Run(string path, Func<DocumentText> read, DocumentOverrides overrides, CancellationToken cancellation, Action<string>? reached = null)
    {
        var clock = Stopwatch.StartNew();
        var timings = new double[6];
        var stage = 0;
        void Next()
        {
            timings[stage] = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            stage++;
            cancellation.ThrowIfCancellationRequested();
            reached?.Invoke(PipelineStages.All[stage]);
        }

        StageTimings Timings() => new(timings[0], timings[1], timings[2], timings[3], timings[4], timings[5]);

        DocumentText? text = null;
        DocumentLayout? layout = null;
        try
        {
            text = read();
            Next();
            if (text.Pages.All(p => p.Words.Count == 0))
            {
                return new DocumentInspection(new DocumentFailed(path, Timings(), NoTextLayer, NoTextMessage(text), PipelineStages.Read), text, null);
            }

            layout = LayoutAnalyzer.Analyze(text, options.Layout);
            Next();
            var grids = tables.Detect(layout);
            Next();
            var documentStructure = overrides.ApplyTo(structure.Read(layout, grids));
            Next();
            var typed = parentheses.Apply(assembler.Assemble(grids, documentStructure));
            var records = proposals.Build(documentStructure, typed);
            Next();
            var checks = options.Checks.Enabled ? checker.Check(typed, documentStructure) : [];
            typed = confidence.Assess(typed, checks);
            Next();
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
                Restatements = restatements.Find(typed, documentStructure),
                ReadLosses = ReadLosses.Of(text),
            };
            extraction = extraction with { Doubts = DocumentDoubts.Of(extraction) };
            return new DocumentInspection(new DocumentSucceeded(path, Timings(), extraction), text, layout);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (DocumentReadException ex)
        {
            return new DocumentInspection(new DocumentFailed(path, Timings(), ex.Code.ToString(), ex.Message, PipelineStages.All[stage]), text, layout);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var failure = new DocumentFailed(path, Timings(), "PipelineError", $"{ex.GetType().Name}: {ex.Message}", PipelineStages.All[stage]) { Exception = ex };
            return new DocumentInspection(failure, text, layout);
        }
    }
}
