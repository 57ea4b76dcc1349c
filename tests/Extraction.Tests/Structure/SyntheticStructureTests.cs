using Extraction.Pipeline.Model;
using Extraction.Pipeline;
using Extraction.Tests.Support;

namespace Extraction.Tests.Structure;

/// <summary>Structure of documents built word by word: headings, captions without tables, prose that mentions a table.</summary>
[TestFixture]
public sealed class SyntheticStructureTests
{
    [Test]
    public void A_caption_whose_table_is_not_found_gives_its_text_back_to_the_section()
    {
        var document = new SyntheticDocument { Title = "Budgetbemærkninger 2027 – Politikområde Miljø" }.Page()
            .Left(60, 60, "2. Aktivitetsområde Natur", bold: true, size: 14)
            .Left(60, 90, "2.1 Tillæg", bold: true, size: 11)
            .Left(60, 110, "Tabel 2.1 Udgifter", bold: true)
            .Left(60, 130, "Tabellen er vist som billede.", size: 11)
            .Left(60, 160, "2.2 Nøgletal", bold: true, size: 11)
            .Left(60, 180, "Ingen.", size: 11);

        var structure = Extract(document).Structure;
        var area = structure.ActivityAreas.Single();

        Assert.That((area.Number, area.Name), Is.EqualTo((2, "Natur")));
        Assert.That(area.Sections.Select(s => s.Title), Is.EqualTo(new[] { "Tillæg", "Nøgletal" }));
        Assert.That(area.Sections[0].Paragraphs, Is.EqualTo(new[] { "Tabel 2.1 Udgifter", "Tabellen er vist som billede." }));
        Assert.That((structure.DocumentKind, structure.FiscalYear, structure.PolicyArea), Is.EqualTo(("budget-notes", (int?)2027, "Miljø")));
    }

    [Test]
    public void Prose_that_starts_with_a_table_reference_is_not_a_caption()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 60, "1.3 Tillæg", bold: true, size: 11)
            .Left(60, 80, "Tabel 1 viser at udgifterne til drift og vedligeholdelse af de kommunale bygninger er steget år for år.", size: 11);

        var section = Extract(document).Structure.GeneralSections.Single();

        Assert.That(section.Paragraphs.Single(), Does.StartWith("Tabel 1 viser"));
    }

    [Test]
    public void A_picture_at_the_top_of_a_page_with_no_text_above_it_is_no_chart()
    {
        var document = new SyntheticDocument().Page()
            .Image(60, 20, 200, 60)
            .Left(60, 100, "1.3 Tillæg", bold: true, size: 11)
            .Left(60, 120, "Kommunens logo står over teksten.", size: 11);

        var extraction = Extract(document);

        Assert.That(extraction.Structure.Charts, Is.Empty);
        Assert.That(extraction.Structure.GeneralSections.Single().Paragraphs.Single(), Is.EqualTo("Kommunens logo står over teksten."));
    }

    [Test]
    public void A_picture_under_a_figure_caption_is_a_chart_with_that_caption()
    {
        var document = new SyntheticDocument().Page()
            .Left(60, 60, "1.3 Tillæg", bold: true, size: 11)
            .Left(60, 80, "Figur 1 Udgifter pr. borger", bold: true, size: 11)
            .Image(60, 100, 400, 300)
            .Left(60, 320, "Udgifterne er steget.", size: 11);

        var chart = Extract(document).Structure.Charts.Single();

        Assert.That((chart.Page, chart.Caption, chart.HasPicture), Is.EqualTo((1, "Figur 1 Udgifter pr. borger", true)));
    }

    private static DocumentExtraction Extract(SyntheticDocument document) =>
        ((DocumentSucceeded)new DocumentPipeline(Corpus.Options, document).Process("synthetic.pdf")).Extraction;
}
