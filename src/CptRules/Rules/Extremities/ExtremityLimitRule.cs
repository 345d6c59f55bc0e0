using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Extremities;

/// <summary>A patient has four extremities: one base code plus at most three add-on units a session.</summary>
public sealed class ExtremityLimitRule(PolicyParameters policy) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ExtremityLimit,
        FindingSeverity.Error,
        "extremities",
        "More than four extremities are billed on one date of service.",
        "CPT 64642–64645 descriptors; NCCI MUE 64643/64645 (3 each, MAI 2)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        var limit = policy.MaximumExtremitiesPerSession;
        foreach (var date in claim.Dates)
        {
            // Units are summed as long: a hostile claim may send units near int.MaxValue on several lines.
            var extremities = 0L;
            foreach (var line in date.Lines)
            {
                if (claim.CodeInfo(line) is not { IsExtremityCode: true })
                {
                    continue;
                }

                var before = extremities;
                extremities += line.Units;
                if (before <= limit && extremities > limit)
                {
                    var total = ExtremityUnits(claim, date);
                    findings.Add(
                        line,
                        $"{line.Pointer}/units",
                        $"{date.Date:yyyy-MM-dd} bills {total} extremities (units of {string.Join(", ", claim.Data.Codes.ExtremityCodes.Select(c => c.Code))}); a session treats at most {limit}.",
                        $"Bill one base code for the first extremity and one add-on unit for each other extremity, {limit} extremities in all.");
                }
            }
        }
    }

    // Its own method: the lambda's closure over the claim would otherwise be allocated on every claim, not only on a finding.
    private static long ExtremityUnits(ClaimContext claim, ServiceDate date) =>
        date.Lines.Where(l => claim.CodeInfo(l) is { IsExtremityCode: true }).Sum(l => (long)l.Units);
}
