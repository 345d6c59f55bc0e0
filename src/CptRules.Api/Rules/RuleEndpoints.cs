using System.Text.Json;
using CptRules.Api.OpenApi;
using CptRules.Catalog;
using CptRules.Contract;
using CptRules.Profiles;
using CptRules.Rules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CptRules.Api.Rules;

/// <summary>The rule catalog: what a billing system builds its work queues on, as the requested payer profile sees it.</summary>
public static class RuleEndpoints
{
    public static IEndpointRouteBuilder MapRules(this IEndpointRouteBuilder app)
    {
        var rules = app.MapGroup("/rules").WithTags("Rules");

        rules.MapGet("/", ListRules)
            .WithName("ListRules")
            .WithSummary("List every rule")
            .WithDescription("Every rule the service runs, in pipeline order, with its severity under the payer profile (`payer`, default `medicare`) and whether that profile switched it off. Generated from the rules themselves.")
            .WithMetadata(
                new OkExample("medicare", "The catalog under the medicare profile", scrubber => JsonSerializer.SerializeToNode(
                    scrubber.CatalogUnder(scrubber.Profiles.Find(PayerProfiles.Medicare)!).ToArray(), ContractJsonContext.Default.RuleCatalogEntryArray)),
                ProfileQuery.UnknownPayerExample);

        rules.MapGet("/{id}", GetRule)
            .WithName("GetRule")
            .WithSummary("Describe one rule")
            .WithDescription("One rule by its ID (e.g. `ADDON-WITHOUT-PRIMARY`), with its severity under the payer profile.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithMetadata(
                new OkExample("addon-without-primary", "ADDON-WITHOUT-PRIMARY under the medicare profile", scrubber => JsonSerializer.SerializeToNode(
                    scrubber.CatalogUnder(scrubber.Profiles.Find(PayerProfiles.Medicare)!).First(r => r.Id == RuleIds.AddOnWithoutPrimary), ContractJsonContext.Default.RuleCatalogEntry)),
                ProfileQuery.UnknownPayerExample,
                new ProblemExample(StatusCodes.Status404NotFound, "No rule has that ID.", "Unknown rule ID", _ => NoSuchRule("ADDON-MISSING").ProblemDetails));

        return app;
    }

    private static Results<Ok<RuleCatalogEntry[]>, ValidationProblem> ListRules(ClaimScrubber scrubber, string? payer = null) =>
        ProfileQuery.Resolve(scrubber, payer, out var profile) is { } problem
            ? problem
            : TypedResults.Ok(scrubber.CatalogUnder(profile!).ToArray());

    private static Results<Ok<RuleCatalogEntry>, ValidationProblem, ProblemHttpResult> GetRule(ClaimScrubber scrubber, string id, string? payer = null)
    {
        if (ProfileQuery.Resolve(scrubber, payer, out var profile) is { } problem)
        {
            return problem;
        }

        return scrubber.CatalogUnder(profile!).FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase)) is { } rule
            ? TypedResults.Ok(rule)
            : NoSuchRule(id);
    }

    private static ProblemHttpResult NoSuchRule(string id) => TypedResults.Problem(
        title: "No such rule.",
        detail: $"'{id}' is not a rule ID. GET /rules lists them all.",
        statusCode: StatusCodes.Status404NotFound);
}
