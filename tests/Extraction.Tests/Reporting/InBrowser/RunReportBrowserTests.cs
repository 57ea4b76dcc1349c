using System.Text.Json;
using Extraction.Pipeline;

namespace Extraction.Tests.Reporting.InBrowser;

/// <summary>
/// report.html of a run, opened in Chromium: every document of the run on its line, the failures with their reasons,
/// every failed check linked to the page view that shows it, and a chart per policy area.
/// </summary>
[TestFixture]
public sealed class RunReportBrowserTests : BrowserTest
{
    [Test]
    public async Task The_report_lists_every_document_of_the_run_with_its_status()
    {
        await Tab.Open(ReportingSetUp.Report);

        var lines = await Tab.Evaluate<string[][]>(
            "Array.from(document.querySelectorAll('#documents tbody tr')).map(r => [r.dataset.document, r.dataset.status])");
        var expected = ReportingSetUp.Outcomes.Select(o => new[]
        {
            Path.GetFileName(o.SourcePath),
            o switch { DocumentFailed => "failed", DocumentSucceeded s when s.Extraction.Doubts.Count > 0 => "warnings", _ => "ok" },
        });
        Assert.That(lines, Is.EquivalentTo(expected));
        Assert.That(await Tab.Evaluate<int>("+document.querySelector('[data-total=documents] b').textContent"), Is.EqualTo(ReportingSetUp.Outcomes.Count));
        ReportingSetUp.Keep(await Tab.Screenshot(), "run-report.png");
    }

    [Test]
    public async Task Failed_documents_are_listed_with_their_error_codes()
    {
        await Tab.Open(ReportingSetUp.Report);

        var failures = await Tab.Evaluate<string[][]>(
            "Array.from(document.querySelectorAll('#failures tbody tr')).map(r => [r.dataset.document, r.querySelector('code').textContent])");
        Assert.That(failures, Is.EquivalentTo(new[] { new[] { ReportingSetUp.Broken, "NotAPdf" }, new[] { ReportingSetUp.Missing, "FileNotFound" } }));
    }

    [Test]
    public async Task Every_failed_check_is_listed_and_its_link_shows_it_on_its_page()
    {
        await Tab.Open(ReportingSetUp.Report);

        var checks = await Tab.Evaluate<string[][]>(
            "Array.from(document.querySelectorAll('#checks li.check')).map(l => [l.dataset.document, l.textContent, l.querySelector('a').getAttribute('href')])");
        var expected = ReportingSetUp.Outcomes.OfType<DocumentSucceeded>()
            .SelectMany(s => s.Extraction.Warnings.Select(w => (File: Path.GetFileName(s.SourcePath), w.Message)))
            .ToList();
        Assert.That(checks, Has.Length.EqualTo(expected.Count));
        foreach (var (file, message) in expected)
        {
            Assert.That(checks.Any(c => c[0] == file && c[1].Contains(message, StringComparison.Ordinal)), Is.True, $"{file}: {message}");
        }

        foreach (var href in checks.Select(c => c[2]))
        {
            Assert.That(File.Exists(Path.Combine(ReportingSetUp.Output, href.Split('#')[0])), Is.True, href);
        }

        var link = checks[^1][2];
        await Tab.ClickOn($"#checks a[href='{link}']");
        await Tab.WaitFor("document.body && document.body.dataset.ready === 'true' && document.getElementById('check-details') !== null");
        var page = link.Split('#')[1].Split('-')[0];
        await Tab.WaitFor($"document.getElementById('{page}').dataset.rendered === 'true'");
        Assert.That(await Tab.Evaluate<string>("document.querySelector('#check-details li').className"), Does.Contain("fails"));
        Assert.That(await Tab.Evaluate<int>($"document.querySelectorAll('#{page} rect.value.related').length"), Is.GreaterThan(0));
    }

    [Test]
    public async Task Each_policy_area_has_a_chart_with_a_line_per_activity_area_with_tables()
    {
        await Tab.Open(ReportingSetUp.Report);

        foreach (var outcome in ReportingSetUp.Outcomes.OfType<DocumentSucceeded>().Where(s => s.Extraction.Structure.ActivityAreas.Count > 0))
        {
            var file = Path.GetFileName(outcome.SourcePath);
            var shown = await Tab.Evaluate<JsonElement>(
                $"(() => {{ const s = document.querySelector('section.area[data-document=\"{file}\"]'); return s && [s.querySelectorAll('svg.series-chart polyline').length, Array.from(s.querySelectorAll('.legend li')).map(l => l.textContent)]; }})()");
            Assert.That(shown.ValueKind, Is.EqualTo(JsonValueKind.Array), $"{file}: no chart");
            var extraction = outcome.Extraction;
            var withTables = extraction.Tables.Where(t => t.ActivityArea is not null).Select(t => extraction.ActivityAreaName(t.ActivityArea)).Distinct().ToList();
            var legend = shown[1].EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.That(legend, withTables.Count > 0 ? Is.EquivalentTo(withTables) : Is.EqualTo(new[] { "Politikområde " + extraction.Structure.PolicyArea }), file);
            Assert.That(shown[0].GetInt32(), Is.EqualTo(legend.Count), file);
        }

        await Tab.Evaluate("document.getElementById('policy-areas').previousElementSibling.previousElementSibling.scrollIntoView()");
        ReportingSetUp.Keep(await Tab.Screenshot(), "run-report-charts.png");
    }
}
