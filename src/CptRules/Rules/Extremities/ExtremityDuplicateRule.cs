using CptRules.Claims;
using CptRules.Findings;

namespace CptRules.Rules.Extremities;

/// <summary>A limb is treated once per session: all its muscles belong to one extremity unit.</summary>
public sealed class ExtremityDuplicateRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ExtremityDuplicate,
        FindingSeverity.Error,
        "extremities",
        "The same limb is reported more than once on one date of service.",
        "CPT 64642–64645 descriptors: each extremity is reported once per session");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        Span<int> firstLineIndexOfLimb = stackalloc int[4];
        foreach (var date in claim.Dates)
        {
            firstLineIndexOfLimb.Fill(-1);
            foreach (var line in date.Lines)
            {
                if (claim.CodeInfo(line) is not { IsExtremityCode: true })
                {
                    continue;
                }

                for (var e = 0; e < line.Extremities.Count; e++)
                {
                    var limb = line.Extremities[e].Limb;
                    ref var first = ref firstLineIndexOfLimb[(int)limb];
                    if (first < 0)
                    {
                        first = line.Index;
                        continue;
                    }

                    var where = first == line.Index ? $"twice on line {line.LineNumber}" : $"line {claim.Lines[first].LineNumber} and line {line.LineNumber}";
                    findings.Add(
                        line,
                        $"{line.Pointer}/extremities/{e}/limb",
                        $"{limb.Name()} is reported more than once on {date.Date:yyyy-MM-dd} ({where}): a limb is treated once per session.",
                        $"Report {limb.Name()} once, counting every distinct muscle injected in it, and remove the repeat.");
                }
            }
        }
    }
}
