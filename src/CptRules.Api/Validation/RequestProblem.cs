using CptRules.Contract;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CptRules.Api.Validation;

/// <summary>The 400 of the contract: problem+json whose <c>errors</c> are keyed by each field's JSON path.</summary>
public static class RequestProblem
{
    public static ValidationProblem From(IReadOnlyList<RequestError> errors)
    {
        var byPath = errors
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byPath,
            title: "The body cannot be read as a claim.",
            detail: $"Fix the field{(byPath.Count == 1 ? string.Empty : "s")} named in 'errors': {string.Join(", ", byPath.Keys)}.");
    }
}
