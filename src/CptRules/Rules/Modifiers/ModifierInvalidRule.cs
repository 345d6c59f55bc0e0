using CptRules.Findings;

namespace CptRules.Rules.Modifiers;

public sealed class ModifierInvalidRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.ModifierInvalid,
        FindingSeverity.Error,
        "modifiers",
        "A modifier is not exactly two letters or digits.",
        "CMS-1500 / 837P item 24D: modifiers are two characters");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            for (var m = 0; m < line.Modifiers.Count; m++)
            {
                var modifier = line.Modifiers[m];
                if (modifier.Length == 2 && char.IsAsciiLetterOrDigit(modifier[0]) && char.IsAsciiLetterOrDigit(modifier[1]))
                {
                    continue;
                }

                findings.Add(
                    line,
                    $"{line.Pointer}/modifiers/{m}",
                    $"'{modifier}' on {line.Code} is not a modifier: a modifier is exactly two letters or digits.",
                    "Correct the modifier (e.g. RT, LT, 59, JZ) or remove it.");
            }
        }
    }
}
