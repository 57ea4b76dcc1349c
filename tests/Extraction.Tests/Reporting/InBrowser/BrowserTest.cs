using Extraction.Tests.Reporting.Browser;

namespace Extraction.Tests.Reporting.InBrowser;

/// <summary>A test that looks at a page in a fresh tab; whatever it does, the page must log no error.</summary>
public abstract class BrowserTest
{
    private BrowserTab? tab;

    internal BrowserTab Tab => tab ?? throw new InvalidOperationException("No tab open.");

    [SetUp]
    public async Task OpenTab() => tab = await ReportingSetUp.Browser.Open();

    [TearDown]
    public async Task CloseTab()
    {
        if (tab is null)
        {
            return;
        }

        var errors = tab.Errors;
        await tab.Close();
        tab = null;
        Assert.That(errors, Is.Empty, "The page logged errors in Chromium.");
    }

    /// <summary>Scrolls page <paramref name="page"/> of the open page view into view and waits until it is drawn.</summary>
    internal async Task ShowPage(int page)
    {
        await Tab.Evaluate($"location.hash = '#p{page}'");
        await Tab.WaitFor($"document.getElementById('p{page}') && document.getElementById('p{page}').dataset.rendered === 'true'");
    }
}
