using Extraction.Pdf.Core;
using Extraction.Pdf.Objects;

namespace Extraction.Pdf.Document;

/// <summary>An annotation's normal appearance and the matrix that places it on the page (in default user space).</summary>
internal sealed record AnnotationAppearance(PdfStream Form, TransformMatrix Placement);

/// <summary>
/// The visible annotations of a page (form fields, free text, stamps…) are part of what the page shows, and viewers
/// and poppler's pdftotext include their text. Each annotation's normal appearance stream (ISO 32000-1 §12.5.5) is
/// placed so its bounding box, after its own matrix, fills the annotation rectangle (§12.5.5, algorithm 8.1).
/// Appearances are not generated for annotations that lack one.
/// </summary>
internal static class AnnotationAppearances
{
    private const int HiddenFlag = 1 << 1;
    private const int NoViewFlag = 1 << 5;

    public static IEnumerable<AnnotationAppearance> Of(PdfDictionary page, IObjectResolver resolver)
    {
        if (page.Get<PdfArray>("Annots", resolver) is not { } annotations)
        {
            yield break;
        }

        // An annotation listed twice is drawn once: a page naming one annotation 100,000 times must not run it 100,000 times.
        var seen = new HashSet<ObjectId>();
        foreach (var item in annotations)
        {
            if (item is PdfReference reference && !seen.Add(reference.Id))
            {
                continue;
            }

            if (resolver.Resolve(item) is PdfDictionary annotation && Appearance(annotation, resolver) is { } appearance)
            {
                yield return appearance;
            }
        }
    }

    private static AnnotationAppearance? Appearance(PdfDictionary annotation, IObjectResolver resolver)
    {
        var flags = annotation.GetInt("F", resolver) ?? 0;
        if ((flags & (HiddenFlag | NoViewFlag)) != 0 || annotation.GetNumbers("Rect", resolver) is not { Length: 4 } rect)
        {
            return null;
        }

        var normal = resolver.Resolve(annotation.Get<PdfDictionary>("AP", resolver)?["N"]);
        var form = normal switch
        {
            PdfStream stream => stream,
            PdfDictionary states => State(states, annotation.GetName("AS", resolver), resolver),
            _ => null,
        };
        if (form is null || form.Dictionary.GetNumbers("BBox", resolver) is not { Length: 4 } box)
        {
            return null;
        }

        var (xMin, xMax) = (Math.Min(rect[0], rect[2]), Math.Max(rect[0], rect[2]));
        var (yMin, yMax) = (Math.Min(rect[1], rect[3]), Math.Max(rect[1], rect[3]));
        if (xMin == xMax || yMin == yMax)
        {
            return null;
        }

        var matrix = form.Dictionary.GetNumbers("Matrix", resolver) is { Length: 6 } m
            ? new TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
            : TransformMatrix.Identity;
        var corners = new[] { matrix.Apply(box[0], box[1]), matrix.Apply(box[0], box[3]), matrix.Apply(box[2], box[1]), matrix.Apply(box[2], box[3]) };
        var (formXMin, formXMax) = (corners.Min(c => c.X), corners.Max(c => c.X));
        var (formYMin, formYMax) = (corners.Min(c => c.Y), corners.Max(c => c.Y));
        var sx = formXMax == formXMin ? 1 : (xMax - xMin) / (formXMax - formXMin);
        var sy = formYMax == formYMin ? 1 : (yMax - yMin) / (formYMax - formYMin);
        var fit = new TransformMatrix(sx, 0, 0, sy, xMin - formXMin * sx, yMin - formYMin * sy);
        return new AnnotationAppearance(form, matrix.Then(fit));
    }

    /// <summary>An appearance with states (check boxes, radio buttons) shows the one named by /AS, or its only one.</summary>
    private static PdfStream? State(PdfDictionary states, string? selected, IObjectResolver resolver)
    {
        if (selected is not null)
        {
            return resolver.Resolve(states[selected]) as PdfStream;
        }

        return states.Count == 1 ? resolver.Resolve(states.Entries.First().Value) as PdfStream : null;
    }
}
