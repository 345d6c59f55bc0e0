using System.Text.Json;
using CptRules.Api.OpenApi;
using CptRules.Catalog;
using CptRules.Contract;
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
            .WithDescription("What the loaded reference data says of a code: descriptor, add-on status and acceptable primaries, MUE and MAI for both settings, fee-schedule indicators (PC/TC, global days, bilateral, multiple procedure), start and end dates, and for a toxin J-code its product and billing unit.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(
                new OkExample("64644", "64644, the primary limb code", scrubber => JsonSerializer.SerializeToNode(CodeDescription.Find(scrubber.Data, "64644"), ContractJsonContext.Default.CodeDescription)),
                new OkExample("J0585", "J0585, onabotulinumtoxinA", scrubber => JsonSerializer.SerializeToNode(CodeDescription.Find(scrubber.Data, "J0585"), ContractJsonContext.Default.CodeDescription)),
                new ProblemExample(StatusCodes.Status404NotFound, "No reference table knows the code.", "Unknown code", scrubber => UnknownCode(scrubber, "99999").ProblemDetails));
        return app;
    }

    private static Results<Ok<CodeDescription>, ProblemHttpResult> GetCode(ClaimScrubber scrubber, string code) =>
        CodeDescription.Find(scrubber.Data, code) is { } description
            ? TypedResults.Ok(description)
            : UnknownCode(scrubber, code);

    private static ProblemHttpResult UnknownCode(ClaimScrubber scrubber, string code) => TypedResults.Problem(
        title: "Unknown code.",
        detail: $"'{code}' is in none of the reference tables of rule set {scrubber.Data.RuleSet.Version}.",
        statusCode: StatusCodes.Status404NotFound);
}
