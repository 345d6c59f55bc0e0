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
                if (side is null)
                {
                    continue;
                }

                for (var e = 0; e < line.Extremities.Count; e++)
                {
                    var extremity = line.Extremities[e];
                    if (extremity.Limb.Side() == side)
                    {
                        continue;
                    }

                    var correct = extremity.Limb.Side() == BodySide.Right ? "RT" : "LT";
                    findings.Add(
                        line,
                        $"{line.Pointer}/modifiers/{m}",
                        $"{line.Modifiers[m]} on {line.Code} names the {side.Value.ToString().ToLowerInvariant()} side, but its limb {extremity.Limb.Name()} is on the {extremity.Limb.Side().ToString().ToLowerInvariant()}.",
                        $"Use {correct} for {extremity.Limb.Name()}, or correct the limb.");
                    break;
                }
            }
        }
    }
}
