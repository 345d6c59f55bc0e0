using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Extremities;

/// <summary>64642/64643 report 1–4 muscles in a limb, 64644/64645 five or more; the muscle ranges come from the code catalog.</summary>
public sealed class MuscleThresholdRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.MuscleThreshold,
        FindingSeverity.Error,
        "extremities",
        "64644/64645 for a limb with fewer than 5 muscles, or 64642/64643 for a limb with 5 or more.",
        "CPT 64642–64645 descriptors (1–4 muscles; 5 or more muscles)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            if (claim.CodeInfo(line) is not { IsExtremityCode: true, Muscles: { } range } code)
            {
                continue;
            }

            for (var e = 0; e < line.Extremities.Count; e++)
            {
                var extremity = line.Extremities[e];
                if (range.Contains(extremity.MuscleCount))
                {
                    continue;
                }

                var sameRole = Matching(claim, code.Kind, extremity.MuscleCount);
                var otherRole = Matching(claim, code.Kind == CodeKind.ExtremityPrimary ? CodeKind.ExtremityAddOn : CodeKind.ExtremityPrimary, extremity.MuscleCount);
                var otherRoleName = code.Kind == CodeKind.ExtremityPrimary ? "an additional extremity" : "the first extremity";
                findings.Add(
                    line,
                    $"{line.Pointer}/extremities/{e}/muscleCount",
                    $"{line.Code} reports {range}, but {extremity.Limb.Name()} has {extremity.MuscleCount}: report {sameRole} (or {otherRole} for {otherRoleName}).",
                    $"Bill {extremity.Limb.Name()} as {sameRole}, or correct the muscle count if it is wrong.");
            }
        }
    }

    private static string Matching(ClaimContext claim, CodeKind kind, int muscles) =>
        claim.Data.Codes.ExtremityCodes.FirstOrDefault(c => c.Kind == kind && c.Muscles is { } m && m.Contains(muscles))?.Code ?? "another code";
}
