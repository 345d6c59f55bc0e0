using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules.Extremities;

namespace CptRules.Rules.Modifiers;

/// <summary>
/// Component and bilateral modifiers the fee schedule does not allow on the code: the MAC rejects the line,
/// and 64642-50 in particular hides a second limb that should have been its add-on code.
/// </summary>
public sealed class ModifierNotApplicableRule : ClaimRule
{
    private const string ProfessionalComponent = "26";
    private const string TechnicalComponent = "TC";
    private const string Bilateral = "50";

    public override RuleDefinition Definition { get; } = new(
        RuleIds.ModifierNotApplicable,
        FindingSeverity.Error,
        "modifiers",
        "26 or TC on a code whose PC/TC indicator is 0 or 9, or 50 on a code whose bilateral indicator is 0.",
        "Medicare physician fee schedule RVU file: PC/TC and bilateral surgery indicators");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            // A code the fee schedule does not list has no indicators to break.
            if (claim.Data.FeeSchedule.For(line.Code) is not { } fee)
            {
                continue;
            }

            for (var m = 0; m < line.Modifiers.Count; m++)
            {
                var modifier = line.Modifiers[m];
                if (modifier is ProfessionalComponent or TechnicalComponent && !fee.AcceptsProfessionalTechnicalModifiers)
                {
                    var meaning = fee.ProfessionalTechnical == 0 ? "a physician service without professional and technical components" : "the PC/TC concept does not apply";
                    findings.Add(
                        line,
                        $"{line.Pointer}/modifiers/{m}",
                        $"{modifier} on {line.Code} does not apply: its PC/TC indicator is {fee.ProfessionalTechnical} ({meaning}).",
                        $"Remove {modifier} and bill {line.Code} without a component modifier.");
                }
                else if (modifier == Bilateral && !fee.AcceptsBilateralModifier)
                {
                    findings.Add(
                        line,
                        $"{line.Pointer}/modifiers/{m}",
                        $"{modifier} on {line.Code} does not apply: its bilateral surgery indicator is {fee.Bilateral} (no bilateral payment adjustment).",
                        BilateralSuggestion(claim, line));
                }
            }
        }
    }

    private static string BilateralSuggestion(ClaimContext claim, ClaimLine line) =>
        claim.CodeInfo(line)?.Kind switch
        {
            CodeKind.ExtremityPrimary when ExtremityAddOns.DescribeFor(claim.Data, line.Code) is { Length: > 0 } addOns =>
                $"Remove {Bilateral}: {line.Code} reports one extremity, and the other limb is its add-on code, {addOns}.",
            CodeKind.ExtremityAddOn =>
                $"Remove {Bilateral}: report one unit of {line.Code} for each additional extremity.",
            _ => $"Remove {Bilateral}: Medicare pays {line.Code} once whether one or both sides are treated.",
        };
}
