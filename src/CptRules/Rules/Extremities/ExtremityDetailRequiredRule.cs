using CptRules.Findings;

namespace CptRules.Rules.Extremities;

/// <summary>One unit of 64642–64645 is one extremity; without the limb and muscle count the code cannot be checked.</summary>
public sealed class ExtremityDetailRequiredRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ExtremityDetailRequired,
        FindingSeverity.Error,
        "extremities",
        "A 64642–64645 line lacks one extremities entry (limb and muscle count) per unit.",
        "CPT 64642–64645 descriptors: one unit per extremity");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            if (claim.CodeInfo(line) is not { IsExtremityCode: true } || line.Extremities.Count == line.Units)
            {
                continue;
            }

            findings.Add(
                line,
                line.Extremities.Count == 0 ? line.Pointer : $"{line.Pointer}/extremities",
                $"{line.Code} × {line.Units} needs one extremities entry per unit (limb and muscle count), but the line has {line.Extremities.Count}.",
                $"List each extremity the line reports: limb (rue, lue, rle, lle) and the number of distinct muscles injected in it; {line.Code} bills one unit per extremity.");
        }
    }
}
