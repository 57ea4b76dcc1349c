using System.Collections.Concurrent;
using System.Text.Json;
using PuppeteerSharp;

namespace Extraction.Tests.Reporting.Browser;

/// <summary>
/// One browser tab, used as a person would: open a file, look (screenshot), click at a point, read what is shown.
/// Every console error, uncaught exception and error logged by the browser (a failed load) is collected in <see cref="Errors"/>.
/// </summary>
internal sealed class BrowserTab
{
    private const int LoadTimeoutMilliseconds = 30_000;

    private readonly IPage page;
    private readonly ConcurrentQueue<string> errors = new();

    public BrowserTab(IPage page)
    {
        this.page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Assert)
            {
                errors.Enqueue("console: " + e.Message.Text);
            }
        };
        page.PageError += (_, e) => errors.Enqueue("exception: " + e.Message);
    }

    public IReadOnlyList<string> Errors => errors.ToList();

    /// <summary>Opens <paramref name="path"/> (a local file) with an optional fragment and waits until it has loaded.</summary>
    public async Task Open(string path, string fragment = "")
    {
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri + fragment;
        try
        {
            await page.GoToAsync(url, new NavigationOptions { Timeout = LoadTimeoutMilliseconds, WaitUntil = [WaitUntilNavigation.Load] });
        }
        catch (NavigationException ex)
        {
            throw new AssertionException($"Chromium could not open {url}: {ex.Message}");
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (by value, so JSON-like).</summary>
    public async Task<JsonElement> Evaluate(string expression)
    {
        try
        {
            return await page.EvaluateExpressionAsync<JsonElement>(expression);
        }
        catch (EvaluationFailedException ex)
        {
            throw new AssertionException($"The page threw while evaluating {expression}: {ex.Message}");
        }
    }

    public async Task<T> Evaluate<T>(string expression) => (await Evaluate(expression)).Deserialize<T>()!;

    /// <summary>Waits until <paramref name="condition"/> is true in the page, or fails after <paramref name="seconds"/>.</summary>
    public async Task WaitFor(string condition, double seconds = 15)
    {
        try
        {
            await page.WaitForExpressionAsync($"!!({condition})", new WaitForFunctionOptions { Timeout = (int)(seconds * 1000) });
        }
        catch (WaitTaskTimeoutException)
        {
            throw new AssertionException($"Waited {seconds} s in vain for: {condition}");
        }
    }

    /// <summary>Moves the mouse to a point of the viewport (CSS pixels) and clicks there with the left button.</summary>
    public Task Click(double x, double y) => page.Mouse.ClickAsync((decimal)x, (decimal)y);

    /// <summary>Clicks the middle of the first element matching <paramref name="selector"/> after scrolling it into view.</summary>
    public async Task ClickOn(string selector)
    {
        var box = await Evaluate(
            $"(() => {{ const e = document.querySelector({JsonSerializer.Serialize(selector)}); if (!e) return null; e.scrollIntoView({{block: 'center', inline: 'center'}}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }})()");
        if (box.ValueKind != JsonValueKind.Array)
        {
            throw new AssertionException($"Nothing to click: no element matches {selector}.");
        }

        await Click(box[0].GetDouble(), box[1].GetDouble());
    }

    public Task Close() => page.CloseAsync();

    /// <summary>A PNG of what the viewport shows.</summary>
    public async Task<byte[]> Screenshot()
    {
        // Two animation frames: whatever the last click changed has been painted.
        await Evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        return await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png });
    }
}
