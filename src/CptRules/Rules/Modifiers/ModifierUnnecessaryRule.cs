using CptRules.Findings;

namespace CptRules.Rules.Modifiers;

/// <summary>Modifiers that change nothing in Medicare's payment and that MACs ask billers to leave off.</summary>
public sealed class ModifierUnnecessaryRule : ClaimRule
{
    private const string MultipleProcedures = "51";
    private const string Bilateral = "50";

    public override RuleDefinition Definition { get; } = new(
        RuleIds.ModifierUnnecessary,
        FindingSeverity.Warning,
        "modifiers",
        "51 on any line (Medicare ranks multiple procedures itself; add-ons are exempt), or 50 on a code whose bilateral indicator is 2.",
        "Medicare Claims Processing Manual ch. 12 §40.6–40.7 (multiple and bilateral surgeries); MPFS RVU file bilateral surgery indicator");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            for (var m = 0; m < line.Modifiers.Count; m++)
            {
                var modifier = line.Modifiers[m];
                if (modifier == MultipleProcedures)
                {
                    var addOn = claim.Data.AddOnCodes.IsAddOn(line.Code) ? $", and {line.Code} is an add-on code, exempt from the reduction" : string.Empty;
                    findings.Add(
                        line,
                        $"{line.Pointer}/modifiers/{m}",
                        $"{modifier} on {line.Code} is unnecessary: Medicare ranks multiple procedures and applies the reduction itself{addOn}.",
                        $"Remove {modifier}; MACs ask that it not be reported.");
                }
                else if (modifier == Bilateral && claim.Data.FeeSchedule.For(line.Code) is { IsBilateralByDefinition: true } fee)
                {
                    findings.Add(
                        line,
                        $"{line.Pointer}/modifiers/{m}",
                        $"{modifier} on {line.Code} is unnecessary: the code is bilateral by definition (bilateral surgery indicator {fee.Bilateral}), and its payment covers both sides.",
                        $"Remove {modifier} and bill {line.Code} once, with 1 unit.");
                }
            }
        }
    }
}
