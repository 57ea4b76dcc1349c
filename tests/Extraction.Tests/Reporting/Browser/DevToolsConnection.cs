using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;

namespace Extraction.Tests.Reporting.Browser;

/// <summary>
/// The Chrome DevTools protocol over one WebSocket: commands get their answers by id; events go to the subscribers.
/// Page sessions share the socket (flat sessions), each command naming its session.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly CancellationTokenSource closing = new();
    private readonly SemaphoreSlim sending = new(1, 1);
    private Task? receiving;
    private int nextId;

    /// <summary>Raised for every event: method, parameters and the session it came from (null for the browser).</summary>
    public event Action<string, JsonElement, string?>? Event;

    public async Task Connect(Uri endpoint)
    {
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await socket.ConnectAsync(endpoint, timeout.Token);
        receiving = Task.Run(Receive);
    }

    public async Task<JsonElement> Send(string method, JsonObject? parameters = null, string? session = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, true, closing.Token);
        }
        finally
        {
            sending.Release();
        }

        var done = await Task.WhenAny(answer.Task, Task.Delay(CommandTimeout));
        if (done != answer.Task)
        {
            pending.TryRemove(id, out _);
            throw new TimeoutException($"DevTools command {method} got no answer in {CommandTimeout.TotalSeconds} s.");
        }

        return await answer.Task;
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!closing.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, closing.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.ToArray());
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing: every command still waiting fails below.
        }

        foreach (var waiting in pending.Values)
        {
            waiting.TrySetException(new IOException("The DevTools connection closed."));
        }
    }

    private void Dispatch(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement.Clone();
        if (root.TryGetProperty("id", out var id))
        {
            if (pending.TryRemove(id.GetInt32(), out var answer))
            {
                if (root.TryGetProperty("error", out var error))
                {
                    answer.TrySetException(new InvalidOperationException("DevTools error: " + error.GetRawText()));
                }
                else
                {
                    answer.TrySetResult(root.GetProperty("result"));
                }
            }

            return;
        }

        var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        Event?.Invoke(root.GetProperty("method").GetString()!, parameters, session);
    }

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        if (receiving is not null)
        {
            await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5)));
        }

        socket.Dispose();
        closing.Dispose();
        sending.Dispose();
    }
}
