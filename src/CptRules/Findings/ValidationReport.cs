using System.Text.Json.Serialization;
using CptRules.Contract;
using CptRules.ReferenceData;

namespace CptRules.Findings;

[JsonConverter(typeof(JsonStringEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    [JsonStringEnumMemberName("error")]
    Error,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("information")]
    Information,
}

[JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
public enum Outcome
{
    [JsonStringEnumMemberName("pass")]
    Pass,

    [JsonStringEnumMemberName("pass-with-warnings")]
    PassWithWarnings,

    [JsonStringEnumMemberName("fail")]
    Fail,
}

/// <summary>One broken rule on one line (or on the claim when `lineNumber` is null).</summary>
/// <param name="Pointer">RFC 6901 pointer into the request, e.g. <c>/lines/1/code</c>.</param>
public sealed record Finding(
    string RuleId,
    FindingSeverity Severity,
    int? LineNumber,
    string Pointer,
    string Message,
    string Suggestion,
    string Reference);

public sealed record FindingCounts(int Error, int Warning, int Information);

/// <summary>The 200 answer to POST /validate.</summary>
/// <param name="SuggestedLines">
/// Present when the claim's limb coding or toxin units are wrong and it carries what is needed to recode them: the
/// lines the claim should have had, in the request's shape, which themselves validate without those errors.
/// </param>
public sealed record ValidationReport(
    string ClaimId,
    Outcome Outcome,
    RuleSetInfo RuleSet,
    FindingCounts Counts,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ClaimLineRequest>? SuggestedLines = null)
{
    public static ValidationReport For(string claimId, RuleSetInfo ruleSet, IReadOnlyList<Finding> findings, IReadOnlyList<ClaimLineRequest>? suggestedLines = null)
    {
        int errors = 0, warnings = 0, information = 0;
        foreach (var finding in findings)
        {
            switch (finding.Severity)
            {
                case FindingSeverity.Error: errors++; break;
                case FindingSeverity.Warning: warnings++; break;
                default: information++; break;
            }
        }

        var outcome = errors > 0 ? Outcome.Fail : warnings > 0 ? Outcome.PassWithWarnings : Outcome.Pass;
        return new ValidationReport(claimId, outcome, ruleSet, new FindingCounts(errors, warnings, information), findings, suggestedLines);
    }
}
