namespace Extraction.Pipeline.Tables.Rows;

/// <summary>
/// The evidence on the space between two lines of a band (lines no rule across the table separates) from which the
/// model decides whether the lower line starts a new row. Training and inference both compute it here, so the model
/// sees in use exactly what it was trained on. Lengths are in the lower line's font size or in the body's tightest
/// line pitch, never in points, so that the evidence carries over between type sizes.
/// </summary>
internal static class RowGapFeatures
{
    /// <summary>The names of the features, in the order of the vector (the model's schema and the documentation).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "gap_em", "pitch_ratio", "pitch_above_ratio", "pitch_below_ratio",
        "above_has_values", "below_has_values", "before_above_has_values", "after_below_has_values",
        "above_has_label", "below_has_label", "below_starts_lower", "below_starts_upper", "below_starts_bracket",
        "above_ends_hyphen", "above_ends_comma", "above_ends_letter",
        "above_bold", "below_bold", "font_ratio", "above_indent_em", "below_indent_em", "indent_step_em",
        "first_word_room_em", "above_fill", "below_fill",
        "above_values", "below_values", "band_value_share",
        "lines_since_value", "lines_until_value",
        "above_labels_before", "above_labels_after", "below_labels_before", "below_labels_after",
        "table_labels_before", "table_labels_after", "ruled",
    ];

    /// <summary>Between <paramref name="band"/>[<paramref name="below"/> - 1] and <paramref name="band"/>[<paramref name="below"/>].</summary>
    public static float[] Of(IReadOnlyList<LineProfile> band, int below, BodyGeometry body)
    {
        var a = band[below - 1];
        var b = band[below];
        var em = b.Line.FontSize;
        var pitch = b.Line.Box.Y0 - a.Line.Box.Y0;
        var aLabel = BodyGeometry.Label(a);
        var bLabel = BodyGeometry.Label(b);
        // How the upper label ends, not the line: its figures follow the label on a value line.
        var aText = aLabel?.Text ?? string.Empty;
        var bFirst = b.Line.Segments[0].Text;
        var labelWidth = body.LabelX1 - body.LabelX0;
        double Fill(LineProfile line) => BodyGeometry.Label(line) is { } l && labelWidth > 0 ? (l.Box.X1 - body.LabelX0) / labelWidth : -1;
        double Pitch(int upper) => upper >= 0 && upper + 1 < band.Count ? (band[upper + 1].Line.Box.Y0 - band[upper].Line.Box.Y0) / body.MinPitch : -1;
        double Flag(int index) => index < 0 || index >= band.Count ? -1 : band[index].IsValueLine ? 1 : 0;
        var firstWordRoom = aLabel is not null && bLabel is not null
            ? (body.LabelX1 - aLabel.Box.X1 - bLabel.Words[0].Box.Width) / em
            : 0;
        var valueIndices = Enumerable.Range(0, band.Count).Where(i => band[i].IsValueLine).ToList();
        var since = valueIndices.Where(i => i <= below - 1).Select(i => below - 1 - i).DefaultIfEmpty(-1).Min();
        var until = valueIndices.Where(i => i >= below).Select(i => i - below).DefaultIfEmpty(-1).Min();

        double[] features =
        [
            (b.Line.Box.Y0 - a.Line.Box.Y1) / em,
            pitch / body.MinPitch,
            Pitch(below - 2),
            Pitch(below),
            Flag(below - 1),
            Flag(below),
            Flag(below - 2),
            Flag(below + 1),
            aLabel is null ? 0 : 1,
            bLabel is null ? 0 : 1,
            bLabel is not null && char.IsLower(bFirst[0]) ? 1 : 0,
            bLabel is not null && char.IsUpper(bFirst[0]) ? 1 : 0,
            bFirst[0] is '(' or '[' ? 1 : 0,
            aText.EndsWith('-') || aText.EndsWith('–') ? 1 : 0,
            aText.EndsWith(',') ? 1 : 0,
            aText.Length > 0 && char.IsLetter(aText[^1]) ? 1 : 0,
            a.Line.Segments[0].IsBold ? 1 : 0,
            b.Line.Segments[0].IsBold ? 1 : 0,
            b.Line.FontSize / a.Line.FontSize,
            ((aLabel?.Box.X0 ?? a.Line.Box.X0) - body.LabelX0) / em,
            ((bLabel?.Box.X0 ?? b.Line.Box.X0) - body.LabelX0) / em,
            ((bLabel?.Box.X0 ?? b.Line.Box.X0) - (aLabel?.Box.X0 ?? a.Line.Box.X0)) / em,
            firstWordRoom,
            Fill(a),
            Fill(b),
            a.NumericSegments.Count(n => n),
            b.NumericSegments.Count(n => n),
            valueIndices.Count / (double)band.Count,
            since,
            until,
            LabelsBeside(band, below - 1, -1),
            LabelsBeside(band, below - 1, 1),
            LabelsBeside(band, below, -1),
            LabelsBeside(band, below, 1),
            body.ShareLabelBefore,
            body.ShareLabelAfter,
            body.Ruled ? 1 : 0,
        ];
        return features.Select(f => (float)f).ToArray();
    }

    /// <summary>For a value line, how many lines of label text only follow each other right before or after it (-1 for other lines).</summary>
    private static int LabelsBeside(IReadOnlyList<LineProfile> band, int index, int step)
    {
        if (!band[index].IsValueLine)
        {
            return -1;
        }

        var count = 0;
        for (var i = index + step; i >= 0 && i < band.Count && BodyGeometry.IsLabelOnly(band[i]); i += step)
        {
            count++;
        }

        return count;
    }
}
