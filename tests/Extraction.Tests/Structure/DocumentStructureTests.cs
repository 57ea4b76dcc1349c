using Extraction.Tests.Support;

namespace Extraction.Tests.Structure;

/// <summary>Metadata, captions, titles, descriptions, units and activity areas against the ground truth.</summary>
[TestFixture]
public sealed class DocumentStructureTests
{
    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Metadata_is_read(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name)).Metadata;
        var structure = Corpus.Extract(name).Structure;

        Assert.That(
            (structure.Municipality, structure.DocumentKind, structure.FiscalYear, structure.PolicyArea, structure.Committee, structure.Title),
            Is.EqualTo((truth.Municipality, truth.DocumentKind, truth.FiscalYear, truth.PolicyArea, truth.Committee, truth.Title)));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Captions_titles_and_descriptions_are_those_printed(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name)).Tables;
        var tables = Corpus.Extract(name).Tables;

        Assert.That(tables.Select(t => t.Caption), Is.EqualTo(truth.Select(t => t.Caption)));
        Assert.That(tables.Select(t => t.Description), Is.EqualTo(truth.Select(t => t.Description)));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.All))]
    public void Printed_units_are_read_and_a_missing_one_is_marked_inferred(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name)).Tables;
        var tables = Corpus.Extract(name).Tables;
        var inferred = tables.Zip(truth).Where(p => p.First.UnitInferred).ToList();

        // The truth gives the header cell the unit is printed in ("(Mio. kr. i 2026-priser)"); the unit is the phrase in it.
        Assert.That(
            tables.Zip(truth).Select(p => p.First.UnitInferred || p.First.Unit is null ? p.Second.Unit is null : p.Second.Unit?.Contains(p.First.Unit.Printed, StringComparison.OrdinalIgnoreCase) == true),
            Is.All.True);
        Assert.That(tables.Select(t => t.Unit is null || t.UnitInferred), Is.EqualTo(truth.Select(t => t.Unit is null)));
        Assert.That(inferred.Select(p => $"{p.First.Unit?.Scale} {p.First.Unit?.Name}"), Is.EqualTo(inferred.Select(p => Effective(p.Second.UnitEffective))));
    }

    [TestCaseSource(typeof(Corpus), nameof(Corpus.OtherKinds))]
    public void The_price_basis_is_read_from_the_header(string name)
    {
        var truth = Truth.Load(Corpus.Pdf(name)).Tables;
        var tables = Corpus.Extract(name).Tables;

        // "(Mio. kr. i 2025-priser)", "Mio. kr. (2025-pl)", "1.000 kr., 2026 p/l": the year in the unit cell.
        Assert.That(
            tables.Select(t => t.PriceBasis?.Year),
            Is.EqualTo(truth.Select(t => t.Unit is { } u && System.Text.RegularExpressions.Regex.Match(u, @"\d{4}") is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null)));
    }

    /// <summary>The truth's effective unit written as scale and name ("1000 DKK"; a bare "DKK" is in kroner).</summary>
    private static string? Effective(string? unit) => unit is not null && !unit.Contains(' ', StringComparison.Ordinal) ? "1 " + unit : unit;

    [Test]
    public void Activity_areas_are_numbered_and_named_as_their_tables_say()
    {
        foreach (var name in new[] { "000_360efd37c18e3eeb", "003_06e0a490bd8dc3fd" })
        {
            var extraction = Corpus.Extract(name);
            var summaries = Truth.Load(Corpus.Pdf(name)).Tables
                .Where(t => t.Id is { } id && id.EndsWith(".1", StringComparison.Ordinal) && id != "0.1")
                .ToDictionary(t => AreaOf(t.Id), t => t.Rows[0].Label.Replace(", i alt", string.Empty, StringComparison.Ordinal));
            var areaTables = extraction.Tables.Where(t => t.Id != "0.1").ToList();

            Assert.That(extraction.Structure.ActivityAreas.ToDictionary(a => a.Number ?? -1, a => a.Name), Is.EqualTo(summaries), name);
            Assert.That(areaTables.Select(t => t.ActivityArea), Is.EqualTo(areaTables.Select(t => AreaOf(t.Id))), name);
        }
    }

    private static int AreaOf(string? tableId)
    {
        var id = tableId ?? throw new AssertionException("A table of an activity area has no number.");
        return int.Parse(id[..id.IndexOf('.', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Test]
    public void The_short_description_of_an_activity_area_is_read_into_fields()
    {
        var area = Corpus.Extract("000_360efd37c18e3eeb").Structure.ActivityAreas.Single(a => a.Number == 3);
        var description = area.Sections.Single(s => s.Number == "3.5");

        Assert.That(description.Fields.Keys, Is.EqualTo(new[] { "Budget-type", "Aktivitet", "Målgruppe", "Organisering" }));
        Assert.That(description.Fields["Budget-type"], Is.EqualTo("Ramme"));
        Assert.That(area.Sections.Select(s => s.Title), Is.EqualTo(new[] { "Tillæg", "Nøgletal", "Kort beskrivelse af aktivitetsområdet" }));
        Assert.That(area.Sections[0].Paragraphs.Single(), Does.StartWith("Der spares 130.000 kr. på Actimo"));
    }

    [Test]
    public void Chart_text_stays_out_of_the_text_sections()
    {
        var area = Corpus.Extract("003_06e0a490bd8dc3fd").Structure.ActivityAreas.Single(a => a.Number == 7);
        var text = string.Join(' ', area.Sections.SelectMany(s => s.Paragraphs));

        Assert.That(text, Does.Not.Contain("Hele landet"));
        Assert.That(text, Does.Not.Contain("2014 2015"));
        Assert.That(text, Does.Contain("landsgennemsnittet"));
    }
}
