using System.IO.Pipelines;
using CptRules.Api.Metrics;
using CptRules.Contract;
using CptRules.Findings;
using Microsoft.AspNetCore.Http.HttpResults;
using Serilog;

namespace CptRules.Api.Validation;

public static class ValidateEndpoint
{
    public static IEndpointRouteBuilder MapValidation(this IEndpointRouteBuilder app)
    {
        app.MapPost("/validate", ValidateAsync)
            .WithName("ValidateClaim")
            .WithTags("Validation")
            .WithSummary("Validate one chemodenervation claim")
            .WithDescription("Runs every rule on the claim. A claim that could be read is always answered 200 with its findings; a body that cannot be read as a claim is a 400 problem naming each offending field by its JSON path.")
            // Accepts also makes routing answer 415 to any other content type, before the handler runs.
            .Accepts<ClaimRequest>("application/json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(ValidateExamples.Metadata, ValidateExamples.BadRequest);
        return app;
    }

    private static async Task<Results<Ok<ValidationReport>, ValidationProblem>> ValidateAsync(
        HttpRequest request, ClaimScrubber scrubber, ValidationMetrics metrics, IDiagnosticContext diagnostics, CancellationToken cancellationToken)
    {
        var read = await ReadClaimAsync(request.BodyReader, scrubber, cancellationToken);
        if (read.Claim is not { } claim)
        {
            return RequestProblem.From(read.Errors);
        }

        var report = scrubber.Validate(claim);
        metrics.Record(report);

        // Identifiers and rule IDs only: the request logging line must never carry patient data or diagnoses.
        diagnostics.Set("ClaimId", claim.ClaimId);
        diagnostics.Set("Outcome", report.Outcome);
        diagnostics.Set("RuleIds", report.Findings.Select(f => f.RuleId).Distinct().ToArray());
        return TypedResults.Ok(report);
    }

    // The whole body (Kestrel caps its size) in the pipe's own buffers: a body with a wrong type is read a second time
    // to name every wrong field, which a stream read once could not give it.
    private static async Task<ClaimReadResult> ReadClaimAsync(PipeReader body, ClaimScrubber scrubber, CancellationToken cancellationToken)
    {
        var result = await body.ReadAsync(cancellationToken);
        while (!result.IsCompleted)
        {
            body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            result = await body.ReadAsync(cancellationToken);
        }

        try
        {
            return ClaimRequestReader.Read(result.Buffer, scrubber.Profiles.Names);
        }
        finally
        {
            body.AdvanceTo(result.Buffer.End);
        }
    }
}
