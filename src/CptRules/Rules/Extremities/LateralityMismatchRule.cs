using CptRules.Claims;
using CptRules.Findings;

namespace CptRules.Rules.Extremities;

/// <summary>RT/LT are informational on 64642–64645, but one that names the other side from the limb is a likely keying error.</summary>
public sealed class LateralityMismatchRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.LateralityMismatch,
        FindingSeverity.Warning,
        "extremities",
        "An RT/LT modifier contradicts the side of the line's limb.",
        "CMS anatomic modifiers RT/LT; CPT 64642–64645 limbs");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            if (line.Extremities.Count == 0 || claim.CodeInfo(line) is not { IsExtremityCode: true })
            {
                continue;
            }

            for (var m = 0; m < line.Modifiers.Count; m++)
            {
                BodySide? side = line.Modifiers[m] switch
                {
                    "RT" => BodySide.Right,
                    "LT" => BodySide.Left,
                    _ => null,
                };
                if (side is null || ContradictedBy(line, side.Value) is not { } extremity)
                {
                    continue;
                }

                var correct = ModifierOf(extremity.Limb.Side());
                findings.Add(
                    line,
                    $"{line.Pointer}/modifiers/{m}",
                    $"{line.Modifiers[m]} on {line.Code} names the {side.Value.ToString().ToLowerInvariant()} side, but its limb {extremity.Limb.Name()} is on the {extremity.Limb.Side().ToString().ToLowerInvariant()}.",
                    $"Use {correct} for {extremity.Limb.Name()}, or correct the limb.");
            }
        }
    }

    /// <summary>
    /// The limb a side modifier contradicts: the first limb when none is on that side, else a limb on the other side
    /// whose own modifier the line lacks. RT and LT together on a line with a limb on each side contradict nothing.
    /// </summary>
    private static Extremity? ContradictedBy(ClaimLine line, BodySide side)
    {
        var anyOnSide = false;
        Extremity? unmarked = null;
        for (var e = 0; e < line.Extremities.Count; e++)
        {
            var extremity = line.Extremities[e];
            if (extremity.Limb.Side() == side)
            {
                anyOnSide = true;
            }
            else if (unmarked is null && !line.HasModifier(ModifierOf(extremity.Limb.Side())))
            {
                unmarked = extremity;
            }
        }

        return anyOnSide ? unmarked : line.Extremities[0];
    }

    private static string ModifierOf(BodySide side) => side == BodySide.Right ? "RT" : "LT";
}
