using CptRules.Findings;

namespace CptRules.Rules.Diagnoses;

/// <summary>Medicare pays no service without an ICD-10-CM diagnosis that says why it was done.</summary>
public sealed class DiagnosisRequiredRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DiagnosisRequired,
        FindingSeverity.Error,
        "diagnoses",
        "The claim has no diagnosis.",
        "CMS-1500 item 21, UB-04 FL 67 (837P/837I HI segment): ICD-10-CM diagnoses are required");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        if (claim.Claim.Diagnoses.Count > 0)
        {
            return;
        }

        // The pointer must resolve in the request as sent: an absent array can only be pointed at through the whole request.
        findings.Add(
            claim.Claim.DiagnosesSent ? "/diagnoses" : string.Empty,
            claim.Claim.DiagnosesSent
                ? "diagnoses is empty: a claim needs at least one ICD-10-CM diagnosis."
                : "The claim has no diagnoses: a claim needs at least one ICD-10-CM diagnosis.",
            "Add the ICD-10-CM codes the medical record documents for this treatment to diagnoses, the condition treated first, and link each line to its own with diagnosisPointers.");
    }
}
