using System.Text;
using Extraction.Document;
using Extraction.Outputs.PageView;
using Extraction.Outputs.RunReport;
using Extraction.Outputs;
using Extraction.Pipeline.Model;
using Extraction.Pipeline;

namespace Extraction.Batch;

/// <summary>
/// The per-document outputs, keyed by content: <c>DIR/documents/&lt;sha256&gt;/</c> holds a document's policy-area
/// JSON files, its <c>facts.csv</c>, <c>stored-document.json</c>, its page view and its line of the run report. A folder is written under a temporary name and renamed
/// into place whole, so a folder with the final name is always complete. The store is the dataset: the run-level
/// tables (facts.csv, facts.parquet) are rebuilt from all its complete folders after each run, so documents of earlier
/// runs keep their facts, and a document's folder is replaced only by a newer run over the same content.
/// </summary>
public sealed class DocumentStore
{
    private readonly OutputWriter writer;
    private readonly string documentsFolder;
    private readonly bool pageViews;

    public DocumentStore(string outputDirectory, WriterOptions options)
    {
        writer = new OutputWriter(options);
        documentsFolder = options.DocumentsFolder;
        pageViews = options.PageViews;
        Root = Path.Combine(outputDirectory, documentsFolder);
    }

    /// <summary>The folder holding every document's folder.</summary>
    public string Root { get; }

    /// <summary>A document's folder relative to the output folder, with forward slashes (as run.json names it).</summary>
    public string RelativeFolder(string sha256) => $"{documentsFolder}/{sha256}";

    public string Folder(string sha256) => Path.Combine(Root, sha256);

    /// <summary>The stored outputs of a document if they are complete and were made from the same inputs (<paramref name="fingerprint"/>).</summary>
    public StoredDocument? Find(string sha256, string fingerprint)
    {
        var folder = Folder(sha256);
        var stored = StoredDocument.TryRead(Path.Combine(folder, StoredDocument.FileName));
        if (stored is null || stored.Sha256 != sha256 || stored.Fingerprint != fingerprint)
        {
            return null;
        }

        return IsComplete(stored, folder) ? stored : null;
    }

    /// <summary>
    /// Every complete document of the store, whichever run made it and whatever its fingerprint, in ordinal order of
    /// the input path it was processed from (then of its SHA-256): the dataset the run-level tables are rebuilt from.
    /// </summary>
    public IReadOnlyList<StoredDocument> Complete()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        var documents = new List<StoredDocument>();
        foreach (var folder in Directory.EnumerateDirectories(Root).Where(f => !Path.GetFileName(f).StartsWith(AtomicFile.TemporaryPrefix, StringComparison.Ordinal)))
        {
            var stored = StoredDocument.TryRead(Path.Combine(folder, StoredDocument.FileName));
            if (stored is not null && stored.Sha256 == Path.GetFileName(folder) && IsComplete(stored, folder))
            {
                documents.Add(stored);
            }
        }

        return documents.OrderBy(d => d.SourcePath ?? d.SourceFile, StringComparer.Ordinal).ThenBy(d => d.Sha256, StringComparer.Ordinal).ToList();
    }

    /// <summary>The document's facts as stored (the rows of its facts.csv).</summary>
    public IReadOnlyList<Fact> ReadFacts(string sha256)
    {
        using var input = new StreamReader(Path.Combine(Folder(sha256), StoredDocument.FactsFileName), new UTF8Encoding(false));
        return FactsCsvReader.Read(input);
    }

    private static bool IsComplete(StoredDocument stored, string folder) =>
        File.Exists(Path.Combine(folder, StoredDocument.FactsFileName)) && stored.Files.All(f => File.Exists(Path.Combine(folder, f)));

    /// <summary>
    /// Writes a document's folder whole, replacing an older one: its JSON files, facts, page view (when enabled) and
    /// its line of the run report, so a later run that skips the document can still report it.
    /// </summary>
    /// <param name="inspection">A processed document (its outcome a <see cref="DocumentSucceeded"/>) with what the stages saw.</param>
    public StoredDocument Write(string sha256, string fingerprint, DocumentInspection inspection, IReadOnlyList<Fact> facts, BatchInput input)
    {
        var extraction = ((DocumentSucceeded)inspection.Outcome).Extraction;
        var overrides = input.Overrides;
        Directory.CreateDirectory(Root);
        var temporary = Path.Combine(Root, $"{AtomicFile.TemporaryPrefix}{sha256}-{Guid.NewGuid():N}");
        try
        {
            var files = writer.WriteDocument(extraction, temporary);
            FactRows.Write(facts, Path.Combine(temporary, StoredDocument.FactsFileName));
            string? pageView = null;
            if (pageViews && PageViewFile.Write(inspection, PageRange.All, Path.Combine(temporary, PageViewFile.RunFileName)))
            {
                pageView = $"{RelativeFolder(sha256)}/{PageViewFile.RunFileName}";
            }

            // The stored line holds nothing of this run (time, input path), so the folder is the same whichever run wrote it.
            var reportLine = DocumentReportBuilder.Build(inspection.Outcome, pageView) with { SourcePath = extraction.SourceFile, ElapsedMs = 0 };
            DocumentReportFile.Write(reportLine, Path.Combine(temporary, DocumentReportFile.FileName));
            var warnings = extraction.Warnings.Count();
            var stored = new StoredDocument(
                StoredDocument.SchemaName,
                StoredDocument.CurrentVersion,
                sha256,
                fingerprint,
                extraction.SourceFile,
                (warnings > 0 || extraction.ReadLosses.Any ? DocumentStatus.OkWithWarnings : DocumentStatus.Ok).Name(),
                extraction.PageCount,
                extraction.Tables.Count,
                facts.Count,
                warnings,
                extraction.ReaderWarnings.Count,
                extraction.UnreadFigures.Count(),
                overrides.IsEmpty ? null : new StoredOverrides(overrides.Municipality, overrides.FiscalYear, overrides.DocumentKind, overrides.SourceUrl),
                files,
                input.Path)
            {
                PagesUnread = extraction.ReadLosses.PagesUnread,
                PagesPartlyRead = extraction.ReadLosses.PagesPartlyRead,
                StreamsSkipped = extraction.ReadLosses.StreamsSkipped,
            };
            using (var stream = File.Create(Path.Combine(temporary, StoredDocument.FileName)))
            {
                stored.Write(stream);
            }

            Replace(temporary, Folder(sha256));
            return stored;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>Deletes the temporary folders an interrupted run left.</summary>
    public void DeleteLeftovers() => AtomicFile.DeleteLeftovers(Root);

    private static void Replace(string temporary, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Directory.Move(temporary, folder);
            return;
        }

        // A folder cannot be renamed over another: move the old one aside first. Killed in between, the document
        // has no folder and the next run processes it again.
        var old = Path.Combine(Path.GetDirectoryName(folder)!, $"{AtomicFile.TemporaryPrefix}old-{Path.GetFileName(folder)}-{Guid.NewGuid():N}");
        Directory.Move(folder, old);
        Directory.Move(temporary, folder);
        Directory.Delete(old, recursive: true);
    }
}
