using CptRules.Api.OpenApi;
using CptRules.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CptRules.Api.Rules;

/// <summary>The <c>payer</c> query parameter: absent means Medicare; an unknown name is a 400 naming the known ones.</summary>
public static class ProfileQuery
{
    public static ValidationProblem? Resolve(ClaimScrubber scrubber, string? payer, out PayerProfile? profile)
    {
        profile = scrubber.Profiles.Find(payer ?? PayerProfiles.Medicare);
        return profile is not null
            ? null
            : TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["payer"] = [$"payer '{payer}' is not a known profile; known profiles: {string.Join(", ", scrubber.Profiles.Names)}."] },
                title: "Unknown payer profile.");
    }

    public static ProblemExample UnknownPayerExample { get; } = new(
        StatusCodes.Status400BadRequest,
        "`payer` names no configured profile; the problem lists the known ones.",
        "Unknown payer",
        scrubber => Resolve(scrubber, "acme-health", out _)!.ProblemDetails);
}
