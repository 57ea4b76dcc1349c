using Extraction.Pdf.Core;
using Extraction.Pdf.Document;

namespace Extraction.Pdf.Tests.Support;

/// <summary>
/// What reading a whole document gave: a typed error, or the pages read with their warnings. <see cref="Unexpected"/>
/// names an exception the reader's public boundary had to convert: a defect to fix, though the caller saw a typed error.
/// </summary>
internal sealed record ReadOutcome(PdfErrorCode? Error, int PagesRead, IReadOnlyList<string> Warnings, string? Unexpected = null)
{
    /// <summary>
    /// Opens the document and reads every page and its words. Only <see cref="PdfReadException"/> is caught: any
    /// other exception escapes and fails the calling test.
    /// </summary>
    public static ReadOutcome Of(byte[] data, ReadOptions? options = null)
    {
        var pages = 0;
        var warnings = new List<string>();
        try
        {
            var document = PdfDocument.Open(data, options);
            _ = document.Information;
            foreach (var page in document.GetPages())
            {
                _ = page.GetWords();
                warnings.AddRange(page.Warnings);
                pages++;
            }

            warnings.AddRange(document.Warnings);
            return new ReadOutcome(null, pages, warnings);
        }
        catch (PdfReadException ex)
        {
            var unexpected = ex.InnerException is { } inner ? $"{inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}" : null;
            return new ReadOutcome(ex.Code, pages, warnings, unexpected);
        }
    }

    /// <summary>As <see cref="Of"/>, failing with a clear message when reading does not finish within the hang guard.</summary>
    public static ReadOutcome WithinHangGuard(byte[] data, TimeSpan guard, string what)
    {
        var reading = Task.Run(() => Of(data));
        if (!reading.Wait(guard))
        {
            Assert.Fail($"Reading {what} did not finish within {guard.TotalSeconds:0} s.");
        }

        return reading.Result;
    }
}
