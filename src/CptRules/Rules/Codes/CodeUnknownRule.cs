using CptRules.Findings;

namespace CptRules.Rules.Codes;

/// <summary>A code the reference tables do not know cannot be checked: say so rather than pass it silently.</summary>
public sealed class CodeUnknownRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.CodeUnknown,
        FindingSeverity.Warning,
        "codes",
        "A line's code is not in the reference tables, so no rule can check it.",
        "CptRules reference data (NCCI, MUE, MPFS and HCPCS extracts)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            if (claim.Data.KnownCodes.Contains(line.Code))
            {
                continue;
            }

            var message = IsCodeShaped(line.Code)
                ? $"{line.Code} is not in the reference tables (rule set {claim.Data.RuleSet.Version}), so it was not checked."
                : $"'{line.Code}' is not a CPT/HCPCS code: a code is five letters or digits.";
            findings.Add(line, $"{line.Pointer}/code", message, "Check the code for a typo; if it is right, it is outside the chemodenervation family this service checks.");
        }
    }

    private static bool IsCodeShaped(string code) => code.Length == 5 && code.All(char.IsAsciiLetterOrDigit);
}
