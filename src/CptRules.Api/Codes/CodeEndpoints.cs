using CptRules.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CptRules.Api.Codes;

public static class CodeEndpoints
{
    public static IEndpointRouteBuilder MapCodes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/codes/{code}", GetCode)
            .WithTags("Codes")
            .WithName("GetCode")
            .WithSummary("Describe one CPT/HCPCS code")
            .WithDescription("What the loaded reference data says of a code: descriptor, add-on status and acceptable primaries, MUE and MAI for both settings, fee-schedule indicators (PC/TC, global days, bilateral, multiple procedure), start and end dates, and for a toxin J-code its product and billing unit.");
        return app;
    }

    private static Results<Ok<CodeDescription>, ProblemHttpResult> GetCode(ClaimScrubber scrubber, string code) =>
        CodeDescription.Find(scrubber.Data, code) is { } description
            ? TypedResults.Ok(description)
            : TypedResults.Problem(
                title: "Unknown code.",
                detail: $"'{code}' is in none of the reference tables of rule set {scrubber.Data.RuleSet.Version}.",
                statusCode: StatusCodes.Status404NotFound);
}
