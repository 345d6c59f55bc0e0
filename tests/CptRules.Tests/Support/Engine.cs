using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Tests.Support;

/// <summary>The shipped reference data and one engine over it, loaded once for the whole test run.</summary>
public static class Engine
{
    private static readonly Lazy<ClaimScrubber> Shared = new(() => new ClaimScrubber(ReferenceDataSet.Load(ReferenceDataSet.DefaultDirectory)));

    public static ClaimScrubber Scrubber => Shared.Value;

    public static ReferenceDataSet Data => Shared.Value.Data;

    public static ValidationReport Validate(ClaimBuilder claim) => Scrubber.Validate(claim.Build());

    public static IReadOnlyList<Finding> FindingsOf(this ValidationReport report, string ruleId) =>
        [.. report.Findings.Where(f => f.RuleId == ruleId)];
}
