using System.Text.Json;
using Extraction.Document;
using Extraction.Pipeline.Structure;
using Extraction.Tests.Shared;
using Extraction.Tests.Support;

namespace Extraction.Tests.Structure;

/// <summary>Charts and block roles the structure stage exposes, against the figures and captions of the ground truth.</summary>
[TestFixture]
public sealed class ChartAndRoleTests
{
    private static IEnumerable<string> All() => Corpus.BudgetNotes.Concat(Corpus.OtherKinds);

    [TestCaseSource(nameof(All))]
    public void Every_figure_is_found_as_a_chart_on_its_page_and_nothing_else(string name)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, name + ".truth.json")));
        var figures = truth.RootElement.GetProperty("figures").EnumerateArray()
            .Select(f => (Page: f.GetProperty("page").GetInt32(), Caption: f.GetProperty("caption").GetString(), Picture: f.GetProperty("render").GetString() == "raster-image"))
            .OrderBy(f => f.Page)
            .ToList();
        var charts = Corpus.Extract(name).Structure.Charts;

        Assert.That(charts.Select(c => (c.Page, c.Caption, c.HasPicture)), Is.EqualTo(figures));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.BudgetNotes))]
    public void Captions_of_tables_and_figures_are_blocks_with_those_roles(string name)
    {
        var extraction = Corpus.Extract(name);
        var blocks = extraction.Structure.Blocks;

        Assert.That(blocks.Count(b => b.Role == BlockRole.Caption), Is.EqualTo(extraction.Tables.Count(t => t.Caption is not null)));
        Assert.That(blocks.Count(b => b.Role == BlockRole.FigureCaption), Is.EqualTo(extraction.Structure.Charts.Count(c => c.Caption is not null)));
        Assert.That(blocks.Where(b => b.Role == BlockRole.Table).Select(b => b.Page).Distinct(), Is.SubsetOf(extraction.Tables.SelectMany(t => t.Pages)));
    }
}
