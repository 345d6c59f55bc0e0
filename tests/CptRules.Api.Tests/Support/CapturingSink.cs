using System.Collections.Concurrent;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace CptRules.Api.Tests.Support;

/// <summary>Keeps every log event as the JSON line the console sink would write: message, properties and exception.</summary>
public sealed class CapturingSink : Serilog.Core.ILogEventSink
{
    private static readonly CompactJsonFormatter Formatter = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public string Text => string.Join('\n', _lines);

    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>
    /// The request-logging line is written after the response has reached the client, so a test waits for it
    /// (a synchronisation timeout, not a performance limit).
    /// </summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (_lines.FirstOrDefault(predicate) is { } line)
            {
                return line;
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        Formatter.Format(logEvent, writer);
        _lines.Enqueue(writer.ToString());
    }
}
