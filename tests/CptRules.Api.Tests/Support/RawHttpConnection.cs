using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests.Support;

/// <summary>
/// HTTP/1.1 by hand to the app on Kestrel, for what HttpClient will not do: send a body in pieces with pauses
/// of the test's choosing while reading the answer.
/// </summary>
public sealed class RawHttpConnection : IDisposable
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);
    private readonly TcpClient _socket = new();
    private NetworkStream? _stream;
    private StreamReader? _reader;

    private NetworkStream Stream => _stream ?? throw new InvalidOperationException("Not connected.");

    private StreamReader Reader => _reader ?? throw new InvalidOperationException("Not connected.");

    /// <summary>Starts the app on Kestrel (loopback, a free port) and connects to it.</summary>
    public static async Task<RawHttpConnection> OpenAsync(CptRulesApplication app)
    {
        var address = app.StartOnKestrel();
        var connection = new RawHttpConnection();
        await connection._socket.ConnectAsync(address.Host, address.Port);
        connection._stream = connection._socket.GetStream();
        connection._reader = new StreamReader(connection._stream, Encoding.UTF8);
        return connection;
    }

    /// <summary>Request line and headers of a chunked POST; the body follows with <see cref="SendChunkAsync"/>.</summary>
    public Task StartChunkedPostAsync(string path, string contentType) =>
        SendAsync($"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\n");

    public Task SendAsync(string text) => Stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    public async Task SendChunkAsync(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        await Stream.WriteAsync(Encoding.ASCII.GetBytes($"{payload.Length:x}\r\n"));
        await Stream.WriteAsync(payload);
        await Stream.WriteAsync("\r\n"u8.ToArray());
    }

    public Task EndChunksAsync() => Stream.WriteAsync("0\r\n\r\n"u8.ToArray()).AsTask();

    /// <summary>The status line of the answer.</summary>
    public async Task<string> ReadStatusLineAsync() =>
        await Reader.ReadLineAsync().WaitAsync(ReadTimeout) ?? throw new InvalidOperationException("The connection closed before an answer.");

    /// <summary>Skips headers and chunk-size lines of a chunked NDJSON answer; returns its next JSON line.</summary>
    public async Task<JsonNode> ReadJsonLineAsync()
    {
        while (await Reader.ReadLineAsync().WaitAsync(ReadTimeout) is { } line)
        {
            if (line.StartsWith('{'))
            {
                return JsonNode.Parse(line)!;
            }
        }

        throw new InvalidOperationException("The connection closed before a JSON line arrived.");
    }

    /// <summary>Every JSON line up to the chunked answer's last (empty) chunk, which proves the answer complete.</summary>
    public async Task<List<JsonNode>> ReadJsonLinesToTheEndAsync()
    {
        var lines = new List<JsonNode>();
        while (await Reader.ReadLineAsync().WaitAsync(ReadTimeout) is { } line)
        {
            if (line.StartsWith('{'))
            {
                lines.Add(JsonNode.Parse(line)!);
            }
            else if (line == "0")
            {
                return lines;
            }
        }

        throw new InvalidOperationException($"The connection closed after {lines.Count} lines, before the answer was complete.");
    }

    /// <summary>Whatever arrives until the server closes the connection.</summary>
    public Task<string> ReadToEndAsync() => Reader.ReadToEndAsync().WaitAsync(ReadTimeout);

    public void Dispose()
    {
        _reader?.Dispose();
        _socket.Dispose();
    }
}
