using Extraction.Pipeline.Proposals;
using Extraction.Tests.Golden;
using Extraction.Tests.Support;

namespace Extraction.Tests.Proposals;

/// <summary>
/// Each technical correction and budget proposal as a record: number, title, typed start date and service-ceiling
/// answer, full-time equivalents per year, sign convention, text sections, its tables, and the amount lists in its text.
/// </summary>
[TestFixture]
public sealed class ProposalRecordTests
{
    private const string Corrections = "002_129a0e019c4a7572";
    private const string Proposal = "004_6d45ed6ea08fb11e";

    [Test]
    public void Every_form_is_a_proposal_with_its_number_and_title()
    {
        var truth = Truth.Load(Corpus.Pdf(Corrections));
        var proposals = Corpus.Extract(Corrections).Proposals;

        var titles = truth.Fields!.Where(f => f.Key == "Titel").ToList();
        Assert.That(proposals.Select(p => (p.Number, p.Title, p.Page)), Is.EqualTo(titles.Select(f => (f.Context!, (string?)f.Value, f.Page))));
    }

    [Test]
    public void Start_dates_are_read_as_dates_whichever_way_they_are_written()
    {
        var truth = Truth.Load(Corpus.Pdf(Corrections));
        var proposals = Corpus.Extract(Corrections).Proposals;

        Assert.That(proposals.Select(p => p.StartDate?.Printed), Is.EqualTo(truth.Fields!.Where(f => f.Key == "Iværksættelsestidspunkt").Select(f => f.Value)));
        Assert.That(proposals.Select(p => p.StartDate?.Date), Is.All.EqualTo(new DateOnly(2026, 1, 1)));
    }

    [Test]
    public void The_service_ceiling_answer_is_yes_no_or_kept_as_printed()
    {
        var proposals = Corpus.Extract(Corrections).Proposals;

        Assert.That(
            proposals.Select(p => (p.InsideServiceCeiling?.Printed, p.InsideServiceCeiling?.Value)),
            Is.EqualTo(new (string?, bool?)[] { ("Ja", true), ("Ja", true), ("Ja", true), ("Nej", false), ("Ja", true), ("ja", true), ("Ja", true), ("Ja", true), ("Ja/nej", null) }));
    }

    [Test]
    public void Full_time_equivalents_are_a_count_per_year()
    {
        var truth = Truth.Load(Corpus.Pdf(Corrections));
        var proposals = Corpus.Extract(Corrections).Proposals.ToDictionary(p => p.Number);

        foreach (var table in truth.Tables.Where(t => t.Rows.Any(r => r.RowUnit is not null)))
        {
            var row = table.Rows.Single(r => r.RowUnit is not null);
            var expected = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Type == "number").Select(x => new YearValue(int.Parse(x.c.Header, System.Globalization.CultureInfo.InvariantCulture), row.Values[x.i]!.Value));
            Assert.That(proposals[table.Context!].FullTimeEquivalents, Is.EqualTo(expected), table.Context);
        }
    }

    [Test]
    public void The_sign_convention_is_a_note_of_the_proposal()
    {
        var truth = Truth.Load(Corpus.Pdf(Corrections));
        var proposals = Corpus.Extract(Corrections).Proposals;

        Assert.That(proposals.Select(p => p.SignConvention), Is.All.EqualTo(truth.Tables[0].InlineNotes!.Single().Text));
    }

    [Test]
    public void The_placeholder_table_is_kept_marked_as_pending_and_is_not_checked()
    {
        var extraction = Corpus.Extract(Corrections);
        var proposal = extraction.Proposals.Single(p => p.Number == "T103");
        var table = extraction.Tables.Single(t => t.Uid == proposal.Tables[0]);

        Assert.That(extraction.Proposals.Where(p => p.FiguresPending).Select(p => p.Number), Is.EqualTo(new[] { "T103" }));
        Assert.That((table.FiguresPending, table.PendingNote), Is.EqualTo((true, "*Opdateres med tal i juni.")));
        Assert.That(table.Rows.Select(r => r.Label), Is.EqualTo(new[] { "Udgifter", "Indtægter", "Netto", "Antal fuldtidsstillinger" }));
        Assert.That(extraction.Checks.Where(c => c.Target.Table == table.Uid), Is.Empty);
        Assert.That(extraction.Warnings, Is.Empty);
        Assert.That(Outputs.FactBuilder.Build(extraction).Where(f => f.TableUid == table.Uid).Select(f => f.FiguresPending), Is.All.True);
    }

    [Test]
    public void Text_sections_belong_to_their_proposal()
    {
        var proposals = Corpus.Extract(Corrections).Proposals;

        Assert.That(
            proposals.Select(p => p.Sections.Select(s => s.Title)),
            Is.All.EqualTo(new[] { "Baggrund for og beskrivelse af den tekniske korrektion", "Økonomiske konsekvenser" }));
        Assert.That(proposals[0].Sections[1].Paragraphs.Single(), Is.EqualTo("I 2026 og oversalgsårene flyttes 2,0 mio. kr. fra anlæg til drift."));
        Assert.That(
            proposals.Single(p => p.Number == "T104").Sections[1].Paragraphs.Skip(1),
            Is.EqualTo(new[]
            {
                "• Der omplaceres 0,2 mio. kr. fra budgettet til boligydelse til pensionister overført til boligsikring til lejere der ikke er pensionister.",
                "• De resterende 0,6 mio. kr. finansieres af kassen.",
            }));
    }

    [Test]
    public void Each_proposal_lists_its_tables()
    {
        var truth = Truth.Load(Corpus.Pdf(Corrections));
        var extraction = Corpus.Extract(Corrections);

        foreach (var proposal in extraction.Proposals)
        {
            var expected = truth.Tables.Where(t => t.Context == proposal.Number).Select(t => GoldenTables.ExpectedId(truth, t));
            Assert.That(proposal.Tables.Select(uid => extraction.Tables.Single(t => t.Uid == uid).Id), Is.EqualTo(expected), proposal.Number);
        }
    }

    [Test]
    public void Lines_of_items_and_amounts_are_read_as_amount_lists_not_tables()
    {
        var truth = Truth.Load(Corpus.Pdf(Corrections));
        var extraction = Corpus.Extract(Corrections);
        var lists = truth.NonTables!.Where(n => n.Kind == "tab-aligned-lines").ToList();

        var read = extraction.Proposals.SelectMany(p => p.AmountLists.Select(l => (p.Number, l))).ToList();

        Assert.That(read.Select(r => (r.Number, r.l.Page)), Is.EqualTo(lists.Select(l => (l.Context!, l.Page))));
        Assert.That(read.Select(r => r.l.Lines.Select(a => new[] { a.Label, a.Printed })), Is.EqualTo(lists.Select(l => l.Lines)));
        var first = read[0].l.Lines;
        Assert.That(first.Select(a => a.Value * a.Unit.Scale), Is.EqualTo(new[] { 1_800_000m, 600_000m, 100_000m, 400_000m, 2_900_000m }));
        Assert.That(first.Select(a => a.Kind.ToString()), Is.EqualTo(new[] { "Data", "Data", "Data", "Data", "Total" }));
    }

    [Test]
    public void A_budget_proposal_is_read_from_its_numbered_heading()
    {
        var truth = Truth.Load(Corpus.Pdf(Proposal));
        var extraction = Corpus.Extract(Proposal);
        var proposal = extraction.Proposals.Single();

        Assert.That(proposal.Number + " " + proposal.Title, Is.EqualTo(truth.Metadata.Title));
        Assert.That(proposal.Tables, Is.EqualTo(extraction.Tables.Select(t => t.Uid)));
        Assert.That(
            proposal.Sections.Select(s => s.Title),
            Is.EqualTo(new[]
            {
                "Resume", "Baggrund", "Indhold", "Årlig proces for udarbejdelse og opdatering af udviklings- og omstillingsplan",
                "Foreløbige investeringsbehov", "Økonomi", "Forslag til aftaletekst", "Administrativt bilag", "Bevillingstekniske oplysninger",
                "Øvrige tekniske oplysninger",
            }));
        Assert.That((proposal.StartDate, proposal.InsideServiceCeiling, proposal.FiguresPending), Is.EqualTo(((PrintedDate?)null, (PrintedAnswer?)null, false)));
    }

    [Test]
    public void Text_sections_keep_list_items_and_paragraphs_broken_by_a_page()
    {
        var sections = Corpus.Extract(Proposal).Proposals.Single().Sections.ToDictionary(s => s.Title);

        Assert.That(sections["Økonomi"].Paragraphs.Single(), Does.Contain("men enkelte nyinvesteringer vil kræve anlægsmidler."));
        Assert.That(
            sections["Forslag til aftaletekst"].Paragraphs.Skip(1),
            Is.EqualTo(new[]
            {
                "- 5 mio. kr. i 2026 og 2027, 15 mio. kr. i 2028 og 2029 på anlæg.",
                "- 15 mio. kr. i 2026, 25 mio. kr. i 2027 og 35 mio. kr. i 2028 og 2029 på service.",
            }));
        Assert.That(sections["Indhold"].Paragraphs.Count(p => p.StartsWith("- ", StringComparison.Ordinal)), Is.EqualTo(4));
        Assert.That(sections["Indhold"].Paragraphs[^1], Does.EndWith("som fx investeringscases, interne lån mv."));
    }
}
