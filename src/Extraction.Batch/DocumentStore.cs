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
/// into place whole, so a folder with the final name is always complete; the run-level facts.csv is assembled from
/// these folders, which is how skipped documents keep their facts in it.
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

        var complete = File.Exists(Path.Combine(folder, StoredDocument.FactsFileName))
            && stored.Files.All(f => File.Exists(Path.Combine(folder, f)));
        return complete ? stored : null;
    }

    /// <summary>
    /// Writes a document's folder whole, replacing an older one: its JSON files, facts, page view (when enabled) and
    /// its line of the run report, so a later run that skips the document can still report it.
    /// </summary>
    /// <param name="inspection">A processed document (its outcome a <see cref="DocumentSucceeded"/>) with what the stages saw.</param>
    public StoredDocument Write(string sha256, string fingerprint, DocumentInspection inspection, IReadOnlyList<Fact> facts, DocumentOverrides overrides)
    {
        var extraction = ((DocumentSucceeded)inspection.Outcome).Extraction;
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
                (extraction.Doubts.Count > 0 ? DocumentStatus.OkWithWarnings : DocumentStatus.Ok).Name(),
                extraction.PageCount,
                extraction.Tables.Count,
                facts.Count,
                warnings,
                extraction.ReaderWarnings.Count,
                extraction.UnreadFigures.Count(),
                overrides.IsEmpty ? null : new StoredOverrides(overrides.Municipality, overrides.FiscalYear, overrides.DocumentKind, overrides.SourceUrl),
                files,
                extraction.Doubts);
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

    /// <summary>Appends the document's facts rows (without the header) to <paramref name="output"/>.</summary>
    public void CopyFactRows(string sha256, Stream output)
    {
        using var input = new FileStream(Path.Combine(Folder(sha256), StoredDocument.FactsFileName), FileMode.Open, FileAccess.Read, FileShare.Read);
        int b;
        while ((b = input.ReadByte()) is not -1 and not '\n')
        {
        }

        input.CopyTo(output);
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
