using Extraction.Pdf.Core;
using Extraction.Pdf.Document;
using Extraction.Pdf.Fonts;
using Extraction.Pdf.Graphics;
using Extraction.Pdf.Objects;
using Extraction.Pdf.Parsing;
using Extraction.Pdf.Tokenization;

namespace Extraction.Pdf.Content;

/// <summary>
/// Executes content streams (ISO 32000-1 §8–9): the graphics state stack, text operators, path painting and form
/// XObjects. Letters and ruling lines are its output; images are skipped, unknown operators ignored.
/// </summary>
internal sealed class ContentInterpreter
{
    /// <summary>Operators run between two looks at the cancellation token.</summary>
    private const int OperatorsBetweenCancellationChecks = 4096;

    private readonly PdfFile file;
    private readonly FontCache fonts;
    private readonly TextShower shower;
    private readonly PathRecorder paths;
    private readonly Stack<GraphicsState> saved = new();
    private readonly HashSet<ObjectId> activeForms = new();
    private readonly TextObjectState text = new();
    private readonly List<PdfObject> operands = new();
    private readonly MarkedContent markedContent = new();
    private GraphicsState state;
    private long operatorCount;

    /// <summary>The text font must be measured again before the next string (after BT, Tf, Tz, Tm).</summary>
    private bool textFontStale = true;

    /// <summary>Depth of the saved-state stack when the stream being run began: its Q may not pop below it.</summary>
    private int streamFloor;

    public ContentInterpreter(PdfFile file, FontCache fonts, TextShower shower, PathRecorder paths, GraphicsState initial)
    {
        this.file = file;
        this.fonts = fonts;
        this.shower = shower;
        this.paths = paths;
        state = initial;
    }

    /// <summary>Where each image was drawn: the unit square under the current transformation, in display space.</summary>
    public List<PdfRectangle> Images { get; } = new();

    public void Run(byte[] content, PdfDictionary resources) => Execute(content, resources, 0);

    /// <summary>
    /// Draws an annotation's appearance stream after the page content: a form placed by <paramref name="placement"/>
    /// in default user space, which <paramref name="pageCtm"/> maps to the displayed page.
    /// </summary>
    public void RunAppearance(PdfStream form, TransformMatrix placement, PdfDictionary pageResources, TransformMatrix pageCtm)
    {
        state.Ctm = pageCtm;
        RunForm(form, pageResources, 0, placement);
    }

    private void Execute(byte[] content, PdfDictionary resources, int depth)
    {
        var lexer = new PdfLexer(content, cancellation: file.Cancellation);
        var parser = new ObjectParser(lexer, file.Limits);
        var stackDepth = saved.Count;
        var outerFloor = streamFloor;
        streamFloor = stackDepth;
        operands.Clear();
        while (parser.Read() is { } item)
        {
            if (item is not PdfOperator op)
            {
                operands.Add(item);
                continue;
            }

            if (++operatorCount % OperatorsBetweenCancellationChecks == 0)
            {
                file.Cancellation.ThrowIfCancellationRequested();
            }

            if (operatorCount > file.Limits.MaxOperatorsPerPage)
            {
                throw new PdfReadException(PdfErrorCode.LimitExceeded, $"More than {file.Limits.MaxOperatorsPerPage} operators on one page.");
            }

            if (op.Name == "BI")
            {
                InlineImageSkipper.Skip(lexer);
                AddImage();
            }
            else
            {
                Apply(op.Name, resources, depth);
            }

            operands.Clear();
        }

        // Unbalanced q inside a stream must not leak into the caller.
        if (saved.Count > stackDepth)
        {
            while (saved.Count > stackDepth)
            {
                Restore();
            }

            shower.SelectFont(state, text);
        }

        streamFloor = outerFloor;
    }

    private void Apply(string op, PdfDictionary resources, int depth)
    {
        switch (op)
        {
            case "q":
                if (saved.Count < 4096)
                {
                    state.TextMatrix = text.Matrix;
                    saved.Push(state.Copy());
                }

                break;
            case "Q":
                if (saved.Count > streamFloor)
                {
                    Restore();
                    shower.SelectFont(state, text);
                }

                break;
            case "cm":
                if (Matrix() is { } m)
                {
                    state.Ctm = m.Then(state.Ctm);
                }

                break;
            case "w":
                state.LineWidth = Number(0);
                break;
            case "gs":
                ApplyExtGState(resources);
                break;
            case "Do":
                Draw(resources, depth);
                break;
            case "BMC":
            case "BDC":
                markedContent.Begin(op, operands, file, shower);
                break;
            case "EMC":
                markedContent.End(shower, state, text);
                break;
            default:
                // Colour, shading and unknown operators do not affect text or rulings.
                _ = ApplyText(op, resources) || paths.Apply(op, operands, state.Ctm, DeviceLineWidth());
                break;
        }
    }

    private bool ApplyText(string op, PdfDictionary resources)
    {
        switch (op)
        {
            case "BT":
                text.Begin();
                textFontStale = true;
                return true;
            case "ET":
                return true;
            case "Tc":
                state.CharacterSpacing = Number(0);
                return true;
            case "Tw":
                state.WordSpacing = Number(0);
                return true;
            case "Tz":
                state.HorizontalScaling = Number(0) / 100;
                textFontStale = true;
                return true;
            case "TL":
                state.Leading = Number(0);
                return true;
            case "Tr":
                state.RenderMode = (int)Number(0);
                return true;
            case "Ts":
                state.Rise = Number(0);
                return true;
            case "Tf":
                SetFont(resources);
                textFontStale = true;
                return true;
            case "Td":
                text.MoveLine(Number(0), Number(1));
                return true;
            case "TD":
                state.Leading = -Number(1);
                text.MoveLine(Number(0), Number(1));
                return true;
            case "Tm":
                if (Matrix() is { } m)
                {
                    text.SetMatrix(m);
                }

                textFontStale = true;
                return true;
            case "T*":
                text.MoveLine(0, -state.Leading);
                return true;
            case "Tj":
                ShowOperand(0);
                return true;
            case "'":
                RefreshTextFont();
                text.MoveLine(0, -state.Leading);
                ShowOperand(0);
                return true;
            case "\"":
                RefreshTextFont();
                state.WordSpacing = Number(0);
                state.CharacterSpacing = Number(1);
                text.MoveLine(0, -state.Leading);
                ShowOperand(2);
                return true;
            case "TJ":
                ShowArray();
                return true;
            default:
                return false;
        }
    }

    private double DeviceLineWidth() => Math.Max(state.LineWidth, 0) * Math.Sqrt(Math.Abs(state.Ctm.Determinant));

    private void SetFont(PdfDictionary resources)
    {
        state.FontSize = Number(1);
        if (operands.Count > 0 && operands[0] is PdfName name)
        {
            var fontResources = resources.Get<PdfDictionary>("Font", file);
            UseFont(fonts.Get(fontResources?[name.Value], file));
        }
    }

    private void UseFont((IFont? Font, int Key) font) => (state.Font, state.FontKey) = font;

    private void RefreshTextFont()
    {
        if (textFontStale && state.Font is not null)
        {
            shower.SelectFont(state, text);
            textFontStale = false;
        }
    }

    /// <summary>Q: the graphics state as saved, with the text matrix poppler keeps in it (the text position stays).</summary>
    private void Restore()
    {
        state = saved.Pop();
        text.RestoreMatrix(state.TextMatrix);
    }

    private void ApplyExtGState(PdfDictionary resources)
    {
        if (operands.Count == 0 || operands[0] is not PdfName name)
        {
            return;
        }

        var extGState = resources.Get<PdfDictionary>("ExtGState", file)?.Get<PdfDictionary>(name.Value, file);
        if (extGState is null)
        {
            return;
        }

        if (extGState.GetNumber("LW", file) is { } lineWidth)
        {
            state.LineWidth = lineWidth;
        }

        if (extGState.Get<PdfArray>("Font", file) is { Count: 2 } font)
        {
            UseFont(fonts.Get(font[0], file));
            state.FontSize = (file.Resolve(font[1]) as PdfNumber)?.Value ?? state.FontSize;
            textFontStale = true;
        }
    }

    private void ShowOperand(int index)
    {
        RefreshTextFont();
        if (index < operands.Count && operands[index] is PdfString s)
        {
            shower.Show(s.Bytes, state, text);
        }
    }

    private void ShowArray()
    {
        RefreshTextFont();
        if (operands.Count == 0 || operands[0] is not PdfArray array)
        {
            return;
        }

        var vertical = state.Font?.IsVertical ?? false;
        foreach (var item in array)
        {
            switch (item)
            {
                case PdfString s:
                    shower.Show(s.Bytes, state, text);
                    break;
                case PdfNumber n:
                    TextShower.Adjust(n.Value, state, text, vertical);
                    break;
            }
        }
    }

    private void AddImage()
    {
        var ctm = state.Ctm;
        var (ax, ay) = ctm.Apply(0, 0);
        var (bx, by) = ctm.Apply(1, 1);
        var (cx, cy) = ctm.Apply(1, 0);
        var (dx, dy) = ctm.Apply(0, 1);
        Images.Add(new PdfRectangle(
            Math.Min(Math.Min(ax, bx), Math.Min(cx, dx)),
            Math.Min(Math.Min(ay, by), Math.Min(cy, dy)),
            Math.Max(Math.Max(ax, bx), Math.Max(cx, dx)),
            Math.Max(Math.Max(ay, by), Math.Max(cy, dy))));
    }

    private void Draw(PdfDictionary resources, int depth)
    {
        if (operands.Count == 0 || operands[0] is not PdfName name)
        {
            return;
        }

        var reference = resources.Get<PdfDictionary>("XObject", file)?[name.Value];
        if (file.Resolve(reference) is not PdfStream xobject)
        {
            return;
        }

        var subtype = xobject.Dictionary.GetName("Subtype", file);
        if (subtype == "Image")
        {
            AddImage();
            return;
        }

        if (subtype != "Form" || depth >= file.Limits.MaxFormDepth)
        {
            return;
        }

        var id = (reference as PdfReference)?.Id;
        if (id is { } formId && !activeForms.Add(formId))
        {
            // A form that draws itself: stop the recursion.
            return;
        }

        try
        {
            var matrix = xobject.Dictionary.GetNumbers("Matrix", file) is { Length: 6 } m
                ? new TransformMatrix(m[0], m[1], m[2], m[3], m[4], m[5])
                : TransformMatrix.Identity;
            RunForm(xobject, resources, depth, matrix);
        }
        finally
        {
            if (id is { } formId2)
            {
                activeForms.Remove(formId2);
            }
        }
    }

    private void RunForm(PdfStream form, PdfDictionary parentResources, int depth, TransformMatrix matrix)
    {
        var content = file.DecodeStream(form);
        var formResources = form.Dictionary.Get<PdfDictionary>("Resources", file) ?? parentResources;
        saved.Push(state.Copy());
        var outerMatrix = text.Matrix;
        state.Ctm = matrix.Then(state.Ctm);

        Execute(content, formResources, depth + 1);
        state = saved.Pop();
        text.RestoreMatrix(outerMatrix);
        shower.SelectFont(state, text);
    }

    private double Number(int index) =>
        index < operands.Count && operands[index] is PdfNumber n && !double.IsNaN(n.Value) ? n.Value : 0;

    private TransformMatrix? Matrix() =>
        operands.Count >= 6 && operands.Take(6).All(o => o is PdfNumber)
            ? new TransformMatrix(Number(0), Number(1), Number(2), Number(3), Number(4), Number(5))
            : null;
}
