using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>
/// A page's content streams decoded and joined (each followed by whitespace, so tokens never run together), with what
/// could not be read. Every stream is decoded within the document's budget, so the joined bytes are bounded by it too.
/// </summary>
internal sealed record PageContent(byte[] Bytes, IReadOnlyList<ReaderWarning> Warnings, bool Unread)
{
    public static PageContent Gather(PdfDictionary page, PdfFile file, int number)
    {
        var declared = page["Contents"];
        if (declared is null)
        {
            return new PageContent([], [], Unread: false);
        }

        var contents = file.Resolve(declared);
        var items = contents switch
        {
            PdfStream single => [single],
            PdfArray array => array.Select(file.Resolve).ToArray(),
            _ => [contents],
        };
        var warnings = new List<ReaderWarning>();
        var parts = new List<byte[]>(items.Length);
        long total = 0;
        var failed = 0;
        foreach (var item in items)
        {
            if (Decode(item, file, number, warnings) is not { } part)
            {
                failed++;
                continue;
            }

            if (total + part.Length + 1 > Array.MaxLength)
            {
                warnings.Add(new ReaderWarning(ReaderWarningKind.LimitReached, $"Page {number}: content past {Array.MaxLength} bytes was not read."));
                failed++;
                break;
            }

            parts.Add(part);
            total += part.Length + 1;
        }

        var unread = items.Length > 0 && parts.Count == 0 && failed > 0;
        if (unread)
        {
            warnings.Add(new ReaderWarning(ReaderWarningKind.PageUnread, $"Page {number}: none of its content could be read."));
        }
        else if (failed > 0)
        {
            warnings.Add(new ReaderWarning(ReaderWarningKind.PagePartlyRead, $"Page {number}: part of its content could not be read."));
        }

        return new PageContent(Join(parts, total), warnings, unread);
    }

    private static byte[]? Decode(PdfObject item, PdfFile file, int number, List<ReaderWarning> warnings)
    {
        if (item is not PdfStream stream)
        {
            warnings.Add(new ReaderWarning(ReaderWarningKind.StreamSkipped, $"Page {number}: a content stream could not be read."));
            return null;
        }

        try
        {
            return file.DecodeStream(stream);
        }
        catch (PdfReadException ex) when (ex.Code is PdfErrorCode.Corrupt or PdfErrorCode.Truncated)
        {
            warnings.Add(new ReaderWarning(ReaderWarningKind.StreamSkipped, $"Page {number}: a content stream was skipped: {ex.Message}"));
            return null;
        }
        catch (PdfReadException ex) when (ex.Code is PdfErrorCode.LimitExceeded)
        {
            // The file reported the refused stream already (LimitReached); the page says below what that cost it.
            return null;
        }
    }

    private static byte[] Join(List<byte[]> parts, long total)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var joined = new byte[total];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(joined, at);
            at += part.Length;
            joined[at++] = (byte)'\n';
        }

        return joined;
    }
}
