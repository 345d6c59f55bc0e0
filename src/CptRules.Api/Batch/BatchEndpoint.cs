using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using CptRules.Api.Metrics;
using CptRules.Contract;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Serilog;

namespace CptRules.Api.Batch;

public static class BatchEndpoint
{
    public const string NdjsonContentType = "application/x-ndjson";

    public static IEndpointRouteBuilder MapBatch(this IEndpointRouteBuilder app)
    {
        app.MapPost("/validate/batch", ValidateBatchAsync)
            .WithName("ValidateBatch")
            .WithTags("Validation")
            .WithSummary("Validate a stream of claims (NDJSON)")
            .WithDescription("Takes `application/x-ndjson`, one claim per line, and answers `application/x-ndjson`, one result per non-blank input line, in input order, written as it goes: the server never holds the whole batch. Each result names its input `line` and the `status` POST /validate would have given: 200 with `result`, or 400 (not a claim) / 413 (line too long, or past the batch's claim limit) with `problem`. A bad line never stops the stream, except the claim limit, after which nothing more is read.")
            // Documented as text: each line is a ClaimRequest, but the body as a whole is no JSON value.
            .Accepts<string>(NdjsonContentType)
            .Produces<BatchLineResult>(StatusCodes.Status200OK, NdjsonContentType)
            .WithMetadata([.. BatchExamples.Metadata])
            // A batch may be far larger than a single claim and take as long as the client streams; its size is
            // bounded per line and by claim count instead.
            .WithMetadata(new DisableRequestSizeLimitAttribute())
            .DisableRequestTimeout();
        return app;
    }

    private static async Task ValidateBatchAsync(
        HttpContext context, ClaimScrubber scrubber, ValidationMetrics metrics, IOptions<BatchOptions> options, IDiagnosticContext diagnostics, CancellationToken cancellationToken)
    {
        context.Response.ContentType = NdjsonContentType;
        var limits = options.Value;
        using var results = new BatchResultWriter(context.Response.BodyWriter);
        var reader = context.Request.BodyReader;
        long lineNumber = 1;
        var claims = 0;
        var rejected = 0;
        var skippingLongLine = false;
        var stop = false;

        // Each complete line is validated as soon as it has arrived; results are flushed once per read.
        while (!stop)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (!stop && buffer.PositionOf((byte)'\n') is { } newline)
            {
                if (!skippingLongLine)
                {
                    stop = !ProcessLine(buffer.Slice(0, newline), lineNumber);
                }

                skippingLongLine = false;
                lineNumber++;
                buffer = buffer.Slice(buffer.GetPosition(1, newline));
            }

            if (!stop && !skippingLongLine && buffer.Length > limits.MaxLineBytes)
            {
                rejected++;
                results.Write(new BatchLineResult(lineNumber, StatusCodes.Status413PayloadTooLarge, null, new BatchLineProblem(
                    "The line is too long.", $"A claim line may hold at most {limits.MaxLineBytes} bytes; this one was skipped.")));
                skippingLongLine = true;
            }

            if (skippingLongLine)
            {
                buffer = buffer.Slice(buffer.End);
            }

            if (!stop && read.IsCompleted)
            {
                if (!skippingLongLine && buffer.Length > 0)
                {
                    ProcessLine(buffer, lineNumber);
                }

                stop = true;
            }

            reader.AdvanceTo(stop ? read.Buffer.End : buffer.Start, read.Buffer.End);
            await results.FlushAsync(cancellationToken);
        }

        diagnostics.Set("BatchClaims", claims);
        diagnostics.Set("BatchRejectedLines", rejected);

        bool ProcessLine(ReadOnlySequence<byte> line, long number)
        {
            if (IsBlank(line))
            {
                return true;
            }

            if (++claims > limits.MaxClaims)
            {
                claims--;
                rejected++;
                results.Write(new BatchLineResult(number, StatusCodes.Status413PayloadTooLarge, null, new BatchLineProblem(
                    "The batch holds too many claims.", $"A batch may hold at most {limits.MaxClaims} claims; this line and the rest were not read.")));
                return false;
            }

            var claim = ClaimRequestReader.Read(line, scrubber.Profiles.Names);
            if (claim.Claim is null)
            {
                rejected++;
                results.Write(BatchLineResult.Invalid(number, claim.Errors));
            }
            else
            {
                var report = scrubber.Validate(claim.Claim);
                metrics.Record(report);
                results.Write(new BatchLineResult(number, StatusCodes.Status200OK, report, null));
            }

            return true;
        }
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Writes one JSON document a line straight into the response pipe, reusing one writer.</summary>
    private sealed class BatchResultWriter(PipeWriter pipe) : IDisposable
    {
        private readonly Utf8JsonWriter _json = new(pipe, new JsonWriterOptions { SkipValidation = true });

        public void Write(BatchLineResult result)
        {
            JsonSerializer.Serialize(_json, result, ContractJsonContext.Default.BatchLineResult);
            _json.Flush();
            _json.Reset();
            pipe.Write("\n"u8);
        }

        public void Dispose() => _json.Dispose();

        public ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken) => pipe.FlushAsync(cancellationToken);
    }
}
