using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Extraction.Tests.Reporting.Browser;

/// <summary>
/// A headless Chromium started for the tests, driven over the DevTools protocol. No network: the flags turn off
/// everything that would call home, and each browser gets a fresh profile that is deleted afterwards. Chromium must
/// be installed (Debian's <c>chromium</c>; <c>.ci/run</c> installs it): a missing browser fails the tests.
/// </summary>
internal sealed partial class Chromium : IAsyncDisposable
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly Process process;
    private readonly string profile;
    private readonly DevToolsConnection connection;

    private Chromium(Process process, string profile, DevToolsConnection connection)
    {
        this.process = process;
        this.profile = profile;
        this.connection = connection;
    }

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
        var profile = Directory.CreateTempSubdirectory("extraction-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
            "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new AssertionException("Chromium did not start: " + executable);
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null && DevToolsUrl().Match(e.Data) is { Success: true } match)
            {
                endpoint.TrySetResult(new Uri(match.Value));
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (await Task.WhenAny(endpoint.Task, Task.Delay(TimeSpan.FromSeconds(60))) != endpoint.Task)
        {
            Stop(process, profile);
            throw new AssertionException("Chromium started but did not open its DevTools endpoint within 60 s.");
        }

        var connection = new DevToolsConnection();
        await connection.Connect(await endpoint.Task);
        return new Chromium(process, profile, connection);
    }

    /// <summary>Opens a new tab with the given viewport size (CSS pixels).</summary>
    public async Task<BrowserTab> Open(int width = 1280, int height = 900)
    {
        var target = await connection.Send("Target.createTarget", new JsonObject { ["url"] = "about:blank" });
        var id = target.GetProperty("targetId").GetString()!;
        var attached = await connection.Send("Target.attachToTarget", new JsonObject { ["targetId"] = id, ["flatten"] = true });
        var tab = new BrowserTab(connection, id, attached.GetProperty("sessionId").GetString()!);
        await tab.Initialise(width, height);
        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await connection.Send("Browser.close");
        }
        catch (Exception ex) when (ex is IOException or TimeoutException or InvalidOperationException)
        {
            // Closing a browser that already went away: it is killed below in any case.
        }

        await connection.DisposeAsync();
        Stop(process, profile);
    }

    private static void Stop(Process process, string profile)
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file of the profile for a moment; the temp folder is cleaned later.
        }
    }

    [GeneratedRegex(@"ws://[^\s]+")]
    private static partial Regex DevToolsUrl();
}
