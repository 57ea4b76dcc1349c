using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Golden;

/// <summary>
/// Form data against the ground truth: every field (title boxes, values beside tables, checkboxes) with its context,
/// key, value and page; the key/value pairs beside a table are not table columns; note rows inside a table are notes,
/// not data rows.
/// </summary>
[TestFixture]
public sealed class FormGoldenTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Every_form_field_is_read(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var extraction = Corpus.Extract(name);

        Assert.That(Fields(extraction), Is.EqualTo((truth.Fields ?? []).Select(f => (f.Context, f.Key, f.Value, f.Checked, f.Page))));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Values_beside_a_table_are_side_fields_not_columns(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var pairs = GoldenTables.Pairs(truth, Corpus.Extract(name)).ToList();

        Assert.That(pairs.Select(p => p.Actual.SideFields.Select(f => (f.Key, f.Value))), Is.EqualTo(pairs.Select(p => (p.Truth.SideFields ?? []).Select(f => (f.Key, f.Value)))));
        Assert.That(pairs.Select(p => p.Actual.Columns.Count), Is.EqualTo(pairs.Select(p => p.Truth.Columns.Count)));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Note_rows_inside_a_table_are_inline_notes(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name));
        var pairs = GoldenTables.Pairs(truth, Corpus.Extract(name)).ToList();

        Assert.That(pairs.Select(p => p.Actual.InlineNotes.Select(n => (n.AfterRow, n.Text))), Is.EqualTo(pairs.Select(p => (p.Truth.InlineNotes ?? []).Select(n => (n.AfterRow, n.Text)))));
    }

    /// <summary>The fields of the proposals and of the document, in reading order.</summary>
    private static IEnumerable<(string? Context, string Key, string Value, bool? Checked, int Page)> Fields(DocumentExtraction extraction) =>
        extraction.Proposals.SelectMany(p => p.Fields)
            .Concat(extraction.Structure.Fields)
            .Select(f => (f.Context, f.Key, f.Value, f.Checked, f.Page));
}
