using PuppeteerSharp;

namespace Extraction.Tests.Reporting.Browser;

/// <summary>
/// A headless Chromium started for the tests through PuppeteerSharp, from the system's installation: nothing is
/// downloaded. Puppeteer's default flags turn off what would call home and give each browser a fresh profile that is
/// deleted on close. Chromium must be installed (Debian's <c>chromium</c>; <c>.ci/run</c> installs it): a missing
/// browser fails the tests.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
    private static readonly string[] Flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--hide-scrollbars", "--mute-audio"];
    private const int StartTimeoutMilliseconds = 60_000;

    private readonly IBrowser browser;

    private Chromium(IBrowser browser) => this.browser = browser;

    /// <summary>The browser's executable: <c>CHROMIUM</c> if set (null when it names no file), else the first of the usual names on the PATH.</summary>
    public static string? Executable()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    public static async Task<Chromium> Start()
    {
        var executable = Executable()
            ?? throw new AssertionException("Chromium is not installed: the browser tests need it. Install Debian's chromium package (apt-get install -y chromium) or set CHROMIUM to its path; .ci/run installs it.");
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = Flags,
            Timeout = StartTimeoutMilliseconds,
        });
        return new Chromium(browser);
    }

    /// <summary>Opens a new tab with the given viewport size (CSS pixels).</summary>
    public async Task<BrowserTab> Open(int width = 1280, int height = 900)
    {
        var page = await browser.NewPageAsync();
        var tab = new BrowserTab(page);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = 1, IsMobile = false });
        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        await browser.DisposeAsync();
    }
}
