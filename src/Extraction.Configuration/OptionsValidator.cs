using System.Text.RegularExpressions;
using Extraction.Pipeline.Columns;
using Extraction.Pipeline;
using Extraction.Pipeline.Tables.Rows;

namespace Extraction.Configuration;

/// <summary>Checks the values of a loaded configuration; the first problem is thrown with the key that holds it.</summary>
internal static class OptionsValidator
{
    public static void Validate(ExtractionSettings o)
    {
        Require(o.SchemaVersion == 1, "schema_version", $"version {o.SchemaVersion} is not supported; expected 1.");
        Require(ReaderNames.All.Contains(o.Reader), "reader", $"unknown reader '{o.Reader}'; the readers are {string.Join(", ", ReaderNames.All)}.");
        Require(o.ReaderLimits.MaxDecodedBytesPerDocument > 0, "reader_limits.max_decoded_bytes_per_document", "must be positive.");
        Require(!string.IsNullOrWhiteSpace(o.Input), "input", "names no input.");
        Require(!string.IsNullOrWhiteSpace(o.Output), "output", "names no output folder.");

        var l = o.Pipeline.Layout;
        Range(l.LineOverlapRatio, 0, 1, "layout.line_overlap_ratio");
        Positive(l.SegmentGapEm, "layout.segment_gap_em");
        Require(l.DigitGroupGapEm >= 0 && l.DigitGroupGapEm <= l.SegmentGapEm, "layout.digit_group_gap_em", "must be from 0 (off) to layout.segment_gap_em.");
        Range(l.MarginZoneRatio, 0, 0.5, "layout.margin_zone_ratio");
        Require(l.RunningTextMinPages >= 2, "layout.running_text_min_pages", "must be at least 2.");
        Require(l.MarginRowMinFigures >= 2, "layout.margin_row_min_figures", "must be at least 2 (a page number is one figure).");
        Patterns(l.PageNumberPatterns, "layout.page_number_patterns");
        Positive(l.BlockGapEm, "layout.block_gap_em");
        Positive(l.BulletGapEm, "layout.bullet_gap_em");
        Positive(l.IndentToleranceEm, "layout.indent_tolerance_em");

        var t = o.Pipeline.Tables;
        Positive(t.MaxRowGapEm, "tables.max_row_gap_em");
        Positive(t.MaxHeaderGapEm, "tables.max_header_gap_em");
        Positive(t.RowSplitGapEm, "tables.row_split_gap_em");
        Range(t.HeaderSegmentMaxWidthRatio, 0, 1, "tables.header_segment_max_width_ratio");
        Positive(t.RulingTolerance, "tables.ruling_tolerance");
        Range(t.RowRuleMinWidthRatio, 0, 1, "tables.row_rule_min_width_ratio");
        Require(t.ColumnJoinTolerance >= 0, "tables.column_join_tolerance", "must not be negative.");
        Patterns(t.CodePatterns, "tables.code_patterns");
        Require(t.WrappedLabelValueAlignment is "top" or "bottom", "tables.wrapped_label_value_alignment", "must be \"top\" or \"bottom\".");
        Require(t.Rows.Model is RowOptions.Learned or RowOptions.Rules, "tables.rows.model", $"must be \"{RowOptions.Learned}\" or \"{RowOptions.Rules}\".");
        Range(t.Rows.BreakProbability, 0, 1, "tables.rows.break_probability");
        Positive(t.Rows.LeadingMarginEm, "tables.rows.leading_margin_em");
        if (t.SideFieldKeyPattern.Length > 0)
        {
            Pattern(t.SideFieldKeyPattern, "tables.side_field_key_pattern", "key");
        }

        Require(t.TextTables.ColumnTolerance >= 0, "tables.text_tables.column_tolerance", "must not be negative.");
        Require(t.TextTables.HeaderMaxWords > 0, "tables.text_tables.header_max_words", "must be positive.");
        Require(t.TextTables.LabelMaxWords > 0, "tables.text_tables.label_max_words", "must be positive.");
        Require(t.General.MinRows > 0, "tables.general.min_rows", "must be positive.");
        Require(t.General.MinColumns >= 2, "tables.general.min_columns", "must be at least 2.");
        Positive(t.General.MaxLineGapEm, "tables.general.max_line_gap_em");
        Require(t.General.MaxBridgeLines >= 0, "tables.general.max_bridge_lines", "must not be negative.");
        Positive(t.General.MinColumnGapEm, "tables.general.min_column_gap_em");
        Range(t.General.GapCrossingRatio, 0, 1, "tables.general.gap_crossing_ratio");
        Positive(t.General.ContinuationGapEm, "tables.general.continuation_gap_em");
        Positive(t.General.MaxMeanCellWords, "tables.general.max_mean_cell_words");
        Positive(t.General.MaxMeanRuledCellWords, "tables.general.max_mean_ruled_cell_words");
        Range(t.General.MinFilledCellRatio, 0, 1, "tables.general.min_filled_cell_ratio");
        Positive(t.General.BackgroundImageWidthRatio, "tables.general.background_image_width_ratio");
        Require(t.Figures.CaptionMaxLines > 0, "tables.figures.caption_max_lines", "must be positive.");
        Positive(t.Figures.CaptionGapEm, "tables.figures.caption_gap_em");
        Require(t.Figures.MinAxisTicks >= 3, "tables.figures.min_axis_ticks", "must be at least 3.");
        Range(t.Figures.TickSpacingTolerance, 0, 1, "tables.figures.tick_spacing_tolerance");
        Require(t.Figures.MinTicksInside > 0, "tables.figures.min_ticks_inside", "must be positive.");

        var s = o.Pipeline.Structure;
        Patterns(s.MunicipalityPatterns, "structure.municipality_patterns", "name");
        for (var i = 0; i < s.DocumentKinds.Count; i++)
        {
            Require(!string.IsNullOrWhiteSpace(s.DocumentKinds[i].Kind), $"structure.document_kinds[{i}].kind", "is empty.");
            Patterns(s.DocumentKinds[i].Patterns, $"structure.document_kinds[{i}].patterns");
        }

        Patterns(s.CommitteePatterns, "structure.committee_patterns", "name");
        Patterns(s.FiscalYearPatterns, "structure.fiscal_year_patterns", "year");
        Patterns(s.BodyFiscalYearPatterns, "structure.body_fiscal_year_patterns", "year");
        Patterns(s.PolicyAreaPatterns, "structure.policy_area_patterns", "name");
        Patterns(s.ActivityAreaPatterns, "structure.activity_area_patterns", "name");
        Patterns(s.GeneralSectionPatterns, "structure.general_section_patterns");
        Patterns(s.SubsectionPatterns, "structure.subsection_patterns", "number", "title");
        Patterns(s.CaptionPatterns, "structure.caption_patterns", "id");
        Patterns(s.FigureCaptionPatterns, "structure.figure_caption_patterns");
        Patterns(s.NotePatterns, "structure.note_patterns");
        Positive(s.NoteMaxGapEm, "structure.note_max_gap_em");
        Require(s.CentreInsideTolerance >= 0, "structure.centre_inside_tolerance", "must not be negative.");
        Require(s.HeadingMaxWords > 0, "structure.heading_max_words", "must be positive.");

        var n = o.Pipeline.Numbers;
        for (var i = 0; i < n.Units.Count; i++)
        {
            Pattern(n.Units[i].Pattern, $"numbers.units[{i}].pattern");
            Require(!string.IsNullOrWhiteSpace(n.Units[i].Name), $"numbers.units[{i}].name", "is empty.");
            Require(n.Units[i].Scale > 0, $"numbers.units[{i}].scale", "must be positive.");
        }

        Patterns(n.PriceBasisPatterns, "numbers.price_basis_patterns", "year");
        Require(n.MinYear < n.MaxYear, "numbers.min_year", "must be below numbers.max_year.");

        var c = o.Pipeline.Columns;
        for (var i = 0; i < c.Measures.Count; i++)
        {
            Measure(c.Measures[i].Measure, $"columns.measures[{i}].measure");
            Patterns(c.Measures[i].Patterns, $"columns.measures[{i}].patterns");
        }

        Measure(c.YearOnlyMeasure, "columns.year_only_measure");
        Measure(c.LaterYearMeasure, "columns.later_year_measure");
        for (var i = 0; i < c.QualifyingMeasures.Count; i++)
        {
            Measure(c.QualifyingMeasures[i], $"columns.qualifying_measures[{i}]");
        }

        for (var i = 0; i < c.YearDefaultsToFiscalYear.Count; i++)
        {
            Measure(c.YearDefaultsToFiscalYear[i], $"columns.year_defaults_to_fiscal_year[{i}]");
        }

        Patterns(o.Pipeline.Assembly.TotalRowPatterns, "assembly.total_row_patterns");
        for (var i = 0; i < o.Pipeline.Assembly.RowUnits.Count; i++)
        {
            Pattern(o.Pipeline.Assembly.RowUnits[i].Pattern, $"assembly.row_units[{i}].pattern");
            Require(o.Pipeline.Assembly.RowUnits[i].Scale > 0, $"assembly.row_units[{i}].scale", "must be positive.");
        }

        Require(o.Pipeline.Assembly.ContinuationColumnTolerance >= 0, "assembly.continuation_column_tolerance", "must not be negative.");
        Patterns(o.Pipeline.Assembly.PendingFigurePatterns, "assembly.pending_figure_patterns");
        Require(
            o.Pipeline.Assembly.DefaultUnit.Length == 0 || new Extraction.Document.Numbers.UnitReader(n).IsUnitOnly(o.Pipeline.Assembly.DefaultUnit),
            "assembly.default_unit",
            $"'{o.Pipeline.Assembly.DefaultUnit}' is not a unit of numbers.units.");

        Require(o.Pipeline.Numbers.Conventions.Count > 0, "numbers.conventions", "must name at least one convention.");
        for (var i = 0; i < o.Pipeline.Numbers.Conventions.Count; i++)
        {
            Require(
                Extraction.Document.Numbers.NumberConventionNames.TryParse(o.Pipeline.Numbers.Conventions[i], out _),
                $"numbers.conventions[{i}]",
                $"'{o.Pipeline.Numbers.Conventions[i]}' is not one of danish, space_grouped, english.");
        }

        Require(o.Pipeline.Numbers.PercentUnit.Length > 0, "numbers.percent_unit", "must not be empty.");
        Require(o.Pipeline.Numbers.MaxIntegerDigits is > 0 and <= 28, "numbers.max_integer_digits", "must be between 1 and 28.");

        Confidence(o.Pipeline.Confidence);

        var k = o.Pipeline.Checks;
        Require(k.Tolerance >= 0, "checks.tolerance", "must not be negative.");
        for (var i = 0; i < k.RowFormulas.Count; i++)
        {
            Measure(k.RowFormulas[i].Target, $"checks.row_formulas[{i}].target");
            Require(k.RowFormulas[i].Terms.Count > 0, $"checks.row_formulas[{i}].terms", "are empty.");
            for (var j = 0; j < k.RowFormulas[i].Terms.Count; j++)
            {
                Measure(k.RowFormulas[i].Terms[j].Measure, $"checks.row_formulas[{i}].terms[{j}].measure");
                Require(k.RowFormulas[i].Terms[j].Sign is 1 or -1, $"checks.row_formulas[{i}].terms[{j}].sign", "must be 1 or -1.");
            }
        }

        for (var i = 0; i < k.EquivalentMeasures.Count; i++)
        {
            for (var j = 0; j < k.EquivalentMeasures[i].Count; j++)
            {
                Measure(k.EquivalentMeasures[i][j], $"checks.equivalent_measures[{i}][{j}]");
            }
        }

        Patterns(k.PolicyAreaTotalPatterns, "checks.policy_area_total_patterns");
        if (k.RowTotalMeasure.Length > 0)
        {
            Measure(k.RowTotalMeasure, "checks.row_total_measure");
        }

        var p = o.Pipeline.Proposals;
        Patterns(p.HeadingPatterns, "proposals.heading_patterns", "number", "title");
        if (p.NumberPattern.Length > 0)
        {
            Pattern(p.NumberPattern, "proposals.number_pattern", "number");
        }

        Positive(p.FormLineGapEm, "proposals.form_line_gap_em");
        Require(p.AlignmentTolerance >= 0, "proposals.alignment_tolerance", "must not be negative.");
        Require(p.LabelMaxWords > 0, "proposals.label_max_words", "must be positive.");
        Patterns(p.FullTimeEquivalentPatterns, "proposals.full_time_equivalent_patterns");
        Patterns(p.SignConventionPatterns, "proposals.sign_convention_patterns");
        Require(p.MonthNames.Count is 0 or 12, "proposals.month_names", "must name the twelve months, January first.");
        Require(!p.CheckedMarks.Intersect(p.UncheckedMarks).Any(), "proposals.checked_marks", "must not share a mark with proposals.unchecked_marks.");

        var w = o.Writers;
        Require(IsPlainName(w.DocumentsFolder), "writers.documents_folder", "must be a plain folder name.");
        Require(IsPlainName(w.FactsFile), "writers.facts_file", "must be a plain file name.");
        Require(IsPlainName(w.ParquetFile) && w.ParquetFile != w.FactsFile, "writers.parquet_file", "must be a plain file name other than writers.facts_file.");
        var kinds = w.ValueKinds;
        Require(kinds.Measures.Keys.All(m => MeasureNames.TryParse(m, out _)), "writers.value_kinds.measures", "names a measure that is not one of the columns' measures.");
        Require(kinds.Measures.Values.Concat(kinds.DocumentKinds.Values).Append(kinds.NotMoney).Append(kinds.Unknown).All(k => !string.IsNullOrWhiteSpace(k)), "writers.value_kinds", "must not give an empty kind.");

        var b = o.Batch;
        Require(b.Parallelism >= 0, "batch.parallelism", "must not be negative (0 means one per processor core).");
        Require(b.DocumentTimeoutSeconds is > 0 and <= 86_400, "batch.document_timeout_seconds", "must be above 0 and at most 86400 (a day).");
        Require(b.StopGraceSeconds is > 0 and <= 3_600, "batch.stop_grace_seconds", "must be above 0 and at most 3600 (an hour).");
        Require(b.MaxFileBytes > 0, "batch.max_file_bytes", "must be positive.");
        Require(b.IoRetries is >= 0 and <= 20, "batch.io_retries", "must be from 0 to 20.");
        Require(b.IoRetryDelayMs >= 0, "batch.io_retry_delay_ms", "must not be negative.");
        Positive(b.ProgressIntervalSeconds, "batch.progress_interval_seconds");
        Require(!string.IsNullOrWhiteSpace(o.Postgres.ConnectionStringVariable), "postgres.connection_string_variable", "names no variable.");
        Require(Regex.IsMatch(o.Postgres.Schema, "^[a-z_][a-z0-9_]{0,62}$"), "postgres.schema", "must be a lower-case SQL name (letters, digits, _).");
        Require(o.Postgres.Retries is >= 0 and <= 20, "postgres.retries", "must be from 0 to 20.");
        Require(o.Postgres.RetryDelayMs >= 0, "postgres.retry_delay_ms", "must not be negative.");
    }

    private static void Confidence(Extraction.Pipeline.Confidence.ConfidenceOptions c)
    {
        Require(c.Threshold is >= 0 and <= 1, "confidence.threshold", "must be between 0 and 1.");
        Require(c.FewRows >= 0, "confidence.few_rows", "must not be negative.");
        Patterns(c.DoubtfulLabelPatterns, "confidence.doubtful_label_patterns");
        var p = c.Penalties;
        foreach (var (penalty, name) in new[]
        {
            (p.UnknownColumn, "unknown_column"), (p.UnreadCell, "unread_cell"), (p.FailedCheck, "failed_check"), (p.LikelySlip, "likely_slip"),
            (p.ConflictingHeader, "conflicting_header"), (p.DoubtfulLabel, "doubtful_label"), (p.RepeatedInProposal, "repeated_in_proposal"),
            (p.WeakEvidence, "weak_evidence"), (p.FiguresOffLabelLine, "figures_off_label_line"), (p.UnitInferred, "unit_inferred"), (p.MixedConvention, "mixed_convention"),
            (p.LoneWrappedLabel, "lone_wrapped_label"),
            (p.AmbiguousNumber, "ambiguous_number"), (p.ParenthesesByArithmetic, "parentheses_by_arithmetic"),
        })
        {
            Require(penalty is >= 0 and <= 1, $"confidence.penalties.{name}", "must be between 0 and 1.");
        }
    }

    private static void Patterns(IReadOnlyList<string> patterns, string key, params string[] groups)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            Pattern(patterns[i], $"{key}[{i}]", groups);
        }
    }

    private static void Pattern(string pattern, string key, params string[] groups)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException(key, $"is not a valid regular expression: {ex.Message}", ex);
        }

        foreach (var group in groups.Where(g => !regex.GetGroupNames().Contains(g)))
        {
            throw new ConfigurationException(key, $"must have a group named '{group}'.");
        }
    }

    private static void Measure(string name, string key) =>
        Require(MeasureNames.TryParse(name, out _), key, $"unknown measure '{name}'; known measures are {string.Join(", ", MeasureNames.All)}.");

    private static void Positive(double value, string key) => Require(value > 0, key, "must be positive.");

    private static void Range(double value, double min, double max, string key) =>
        Require(value > min && value <= max, key, $"must be above {min} and at most {max}.");

    private static bool IsPlainName(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name is not "." and not "..";

    private static void Require(bool condition, string key, string message)
    {
        if (!condition)
        {
            throw new ConfigurationException(key, message);
        }
    }
}
