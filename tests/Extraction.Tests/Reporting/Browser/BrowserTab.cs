using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.Json;

namespace Extraction.Tests.Reporting.Browser;

/// <summary>
/// One browser tab, used as a person would: open a file, look (screenshot), click at a point, read what is shown.
/// Every console error, uncaught exception and failed load of the tab is collected in <see cref="Errors"/>.
/// </summary>
internal sealed class BrowserTab
{
    private readonly DevToolsConnection connection;
    private readonly string session;
    private readonly string target;
    private readonly ConcurrentQueue<string> errors = new();
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BrowserTab(DevToolsConnection connection, string target, string session)
    {
        this.connection = connection;
        this.target = target;
        this.session = session;
        connection.Event += OnEvent;
    }

    public IReadOnlyList<string> Errors => errors.ToList();

    public async Task Initialise(int width, int height)
    {
        await Send("Page.enable");
        await Send("Runtime.enable");
        await Send("Log.enable");
        await Send("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = false });
    }

    /// <summary>Opens <paramref name="path"/> (a local file) with an optional fragment and waits until it has loaded.</summary>
    public async Task Open(string path, string fragment = "")
    {
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri + fragment;
        var result = await Send("Page.navigate", new JsonObject { ["url"] = url });
        if (result.TryGetProperty("errorText", out var error))
        {
            throw new AssertionException($"Chromium could not open {url}: {error.GetString()}");
        }

        if (result.TryGetProperty("loaderId", out _) && await Task.WhenAny(loaded.Task, Task.Delay(TimeSpan.FromSeconds(30))) != loaded.Task)
        {
            throw new AssertionException($"{url} did not finish loading within 30 s.");
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (by value, so JSON-like).</summary>
    public async Task<JsonElement> Evaluate(string expression)
    {
        var result = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new AssertionException($"The page threw while evaluating {expression}: {exception.GetRawText()}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    public async Task<T> Evaluate<T>(string expression) => (await Evaluate(expression)).Deserialize<T>()!;

    /// <summary>Waits until <paramref name="condition"/> is true in the page, or fails after <paramref name="seconds"/>.</summary>
    public async Task WaitFor(string condition, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await Evaluate($"!!({condition})") is { ValueKind: JsonValueKind.True })
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new AssertionException($"Waited {seconds} s in vain for: {condition}");
    }

    /// <summary>Moves the mouse to a point of the viewport (CSS pixels) and clicks there with the left button.</summary>
    public async Task Click(double x, double y)
    {
        await Mouse("mouseMoved", x, y, 0);
        await Mouse("mousePressed", x, y, 1);
        await Mouse("mouseReleased", x, y, 1);
    }

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

    public async Task Close()
    {
        connection.Event -= OnEvent;
        await connection.Send("Target.closeTarget", new JsonObject { ["targetId"] = target });
    }

    /// <summary>A PNG of what the viewport shows.</summary>
    public async Task<byte[]> Screenshot()
    {
        // Two animation frames: whatever the last click changed has been painted.
        await Evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        var result = await Send("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    private Task Mouse(string type, double x, double y, int clicks) =>
        Send("Input.dispatchMouseEvent", new JsonObject { ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = "left", ["clickCount"] = clicks });

    private Task<JsonElement> Send(string method, JsonObject? parameters = null) => connection.Send(method, parameters, session);

    private void OnEvent(string method, JsonElement parameters, string? from)
    {
        if (from != session)
        {
            return;
        }

        switch (method)
        {
            case "Page.loadEventFired":
                loaded.TrySetResult();
                break;
            case "Runtime.exceptionThrown":
                errors.Enqueue("exception: " + parameters.GetProperty("exceptionDetails").GetRawText());
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() is "error" or "assert":
                errors.Enqueue("console: " + parameters.GetProperty("args").GetRawText());
                break;
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error":
                errors.Enqueue("log: " + parameters.GetProperty("entry").GetProperty("text").GetString());
                break;
        }
    }
}
