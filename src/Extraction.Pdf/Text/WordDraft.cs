using System.Text;
using Extraction.Pdf.Core;

namespace Extraction.Pdf.Text;

/// <summary>One character of a word under construction: a code point, the letter it came from and where it starts along the line.</summary>
internal readonly record struct DraftCharacter(int CodePoint, Letter Letter, int FontKey, int Sequence, double Edge);

/// <summary>
/// A word being built. "Along" is the writing direction (x for directions 0 and 2, y for 1 and 3), "across" the
/// other axis; <see cref="Base"/> is the baseline's across coordinate. The box grows along the line with each
/// character and takes its across extent from the first letter.
/// </summary>
internal sealed class WordDraft
{
    public WordDraft(Letter first)
    {
        Rotation = (int)first.Direction;
        FontSize = first.FontSize;
        IsVertical = first.IsVertical;
    }

    /// <summary>0–3: quarter turns clockwise of the writing direction on the displayed page.</summary>
    public int Rotation { get; }

    public double FontSize { get; private set; }

    public bool IsVertical { get; }

    public double XMin { get; private set; }

    public double XMax { get; private set; }

    public double YMin { get; private set; }

    public double YMax { get; private set; }

    public double Base { get; private set; }

    public List<DraftCharacter> Characters { get; } = new();

    /// <summary>Where the last character ends along the line.</summary>
    public double EdgeEnd { get; private set; }

    /// <summary>The Sequence right after the last character's code.</summary>
    public int SequenceEnd { get; private set; }

    public int Count => Characters.Count;

    /// <summary>Marked for removal as a copy of another piece drawn at (almost) the same place.</summary>
    public bool IsDuplicate { get; set; }

    public bool IsAlongX => Rotation is 0 or 2;

    /// <summary>Adds a character with origin (x, y) and advance (dx, dy), both in display space.</summary>
    public void Add(Letter letter, int codePoint, double x, double y, double dx, double dy)
    {
        Characters.Add(new DraftCharacter(codePoint, letter, letter.FontKey, letter.Sequence, 0));
        SequenceEnd = letter.Sequence + letter.CodeLength;
        if (Characters.Count == 1)
        {
            SetInitialBounds(letter, x, y);
        }

        SetLastEdges(x, y, dx, dy);
    }

    /// <summary>
    /// A spacing accent drawn over the last letter (or a letter drawn under a preceding accent) becomes a combining
    /// mark after that letter, leaving the box as the letter makes it. Returns false when the two do not overlap so.
    /// </summary>
    public bool TryAddCombining(Letter letter, int codePoint, double x, double y, double dx, double dy, WordExtractorOptions options)
    {
        if (Characters.Count == 0 || IsVertical || letter.IsVertical)
        {
            return false;
        }

        var last = Characters[^1];
        var mark = UnicodeClasses.CombiningForm(codePoint);
        double charMid, charBase, maxMidDelta, maxBaseDelta;
        var edgeMid = (last.Edge + EdgeEnd) / 2;
        if (mark != 0 && UnicodeClasses.IsAlphanumeric(last.CodePoint))
        {
            maxMidDelta = Math.Abs(EdgeEnd - last.Edge) * options.CombiningMaxMidDelta;
            (charMid, charBase, maxBaseDelta) = IsAlongX
                ? (x + dx / 2, y, (YMax - YMin) * options.CombiningMaxBaseDelta)
                : (y + dy / 2, x, (XMax - XMin) * options.CombiningMaxBaseDelta);
            if (Math.Abs(charMid - edgeMid) >= maxMidDelta || Math.Abs(charBase - Base) >= maxBaseDelta)
            {
                return false;
            }

            Characters.Add(new DraftCharacter(mark, letter, letter.FontKey, letter.Sequence, edgeMid));
            SequenceEnd = letter.Sequence + letter.CodeLength;
            return true;
        }

        var previousMark = UnicodeClasses.CombiningForm(last.CodePoint);
        if (previousMark == 0 || !UnicodeClasses.IsAlphanumeric(codePoint))
        {
            return false;
        }

        maxBaseDelta = (IsAlongX ? letter.Box.Height : letter.Box.Width) * options.CombiningMaxBaseDelta;
        (charMid, charBase, maxMidDelta) = IsAlongX
            ? (x + dx / 2, y, Math.Abs(dx * options.CombiningMaxMidDelta))
            : (y + dy / 2, x, Math.Abs(dy * options.CombiningMaxMidDelta));
        if (Math.Abs(charMid - edgeMid) >= maxMidDelta || Math.Abs(charBase - Base) >= maxBaseDelta)
        {
            return false;
        }

        // The letter takes the accent's place and the accent, as a combining mark, follows it.
        FontSize = letter.FontSize;
        Characters.Add(new DraftCharacter(previousMark, last.Letter, last.FontKey, letter.Sequence, 0));
        Characters[^2] = last with { CodePoint = codePoint, Letter = letter, FontKey = letter.FontKey };
        SequenceEnd = letter.Sequence + letter.CodeLength;
        if (Characters.Count == 2)
        {
            SetInitialBounds(letter, x, y);
        }

        var (edge, end) = HorizontalEdges(x, y, dx, dy);
        Characters[^2] = Characters[^2] with { Edge = edge };
        SetEnd(end);
        Characters[^1] = Characters[^1] with { Edge = (end + edge) / 2 };
        return true;
    }

    /// <summary>Appends the characters of a word that continues this one on the same line.</summary>
    public void Merge(WordDraft next)
    {
        XMin = Math.Min(XMin, next.XMin);
        YMin = Math.Min(YMin, next.YMin);
        XMax = Math.Max(XMax, next.XMax);
        YMax = Math.Max(YMax, next.YMax);
        Characters.AddRange(next.Characters);
        EdgeEnd = next.EdgeEnd;
        SequenceEnd = next.SequenceEnd;
    }

    /// <summary>Order along the line: negative when this word starts before the other.</summary>
    public int CompareAlong(WordDraft other)
    {
        var difference = Rotation switch
        {
            0 => XMin - other.XMin,
            1 => YMin - other.YMin,
            2 => other.XMax - XMax,
            _ => other.YMax - YMax,
        };
        return difference < 0 ? -1 : difference > 0 ? 1 : 0;
    }

    /// <summary>The gap from the end of this word to the start of the other, along the line.</summary>
    public double GapTo(WordDraft other) => Rotation switch
    {
        0 => other.XMin - XMax,
        1 => other.YMin - YMax,
        2 => XMin - other.XMax,
        _ => YMin - other.YMax,
    };

    public bool HasSameText(WordDraft other)
    {
        if (Characters.Count != other.Characters.Count)
        {
            return false;
        }

        for (var i = 0; i < Characters.Count; i++)
        {
            if (Characters[i].CodePoint != other.Characters[i].CodePoint)
            {
                return false;
            }
        }

        return true;
    }

    public Word ToWord()
    {
        var text = new StringBuilder(Characters.Count);
        var letters = new List<Letter>(Characters.Count);
        foreach (var character in Characters)
        {
            text.Append(UnicodeClasses.FromCodePoint(character.CodePoint));
            if (letters.Count == 0 || !ReferenceEquals(letters[^1], character.Letter))
            {
                letters.Add(character.Letter);
            }
        }

        return new Word(text.ToString(), new PdfRectangle(XMin, YMin, XMax, YMax), letters);
    }

    /// <summary>The first letter fixes the box across the line (its ascent to descent, or a font-size square in vertical writing).</summary>
    private void SetInitialBounds(Letter letter, double x, double y)
    {
        var box = letter.Box;
        (XMin, YMin, XMax, YMax) = (box.X0, box.Y0, box.X1, box.Y1);
        Base = IsAlongX ? y : x;
        if (IsVertical)
        {
            return;
        }

        switch (Rotation)
        {
            case 0:
                XMin = x;
                break;
            case 1:
                YMin = y;
                break;
            case 2:
                XMax = x;
                break;
            default:
                YMax = y;
                break;
        }
    }

    private void SetLastEdges(double x, double y, double dx, double dy)
    {
        double edge, end;
        if (IsVertical)
        {
            // Vertical writing: each glyph is taken as a font-size square ending at its origin.
            (edge, end) = Rotation switch
            {
                0 => (x - FontSize, x),
                1 => (y - FontSize, y),
                2 => (x + FontSize, x),
                _ => (y + FontSize, y),
            };
        }
        else
        {
            (edge, end) = HorizontalEdges(x, y, dx, dy);
        }

        Characters[^1] = Characters[^1] with { Edge = edge };
        SetEnd(end);
    }

    private (double Edge, double End) HorizontalEdges(double x, double y, double dx, double dy) =>
        IsAlongX ? (x, x + dx) : (y, y + dy);

    private void SetEnd(double end)
    {
        EdgeEnd = end;
        switch (Rotation)
        {
            case 0:
                XMax = end;
                break;
            case 1:
                YMax = end;
                break;
            case 2:
                XMin = end;
                break;
            default:
                YMin = end;
                break;
        }
    }
}
