using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Drugs;

/// <summary>
/// Where the biller also bought the toxin (hospital outpatient, ASC, or a practitioner outside a facility),
/// the drug is reported on the same claim as the injection, even when it was free.
/// </summary>
public sealed class DrugCodeRequiredRule(ToxinProducts toxins) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DrugCodeRequired,
        FindingSeverity.Error,
        "drugs",
        $"A chemodenervation procedure has no botulinum toxin J-code ({toxins.CodeRange}) on a claim that should carry the drug.",
        "CMS Claims Processing Manual ch. 17 (drugs billed with the administration); MAC chemodenervation billing articles");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        if (DrugBilling.FacilityThatBillsTheDrug(claim) is not null)
        {
            return;
        }

        foreach (var date in claim.Dates)
        {
            var procedure = FirstProcedure(claim, date);
            if (procedure is null || HasToxin(date))
            {
                continue;
            }

            findings.Add(
                procedure,
                $"{procedure.Pointer}/code",
                $"{procedure.Code} on {date.Date:yyyy-MM-dd} has no botulinum toxin line ({toxins.CodeRange}): {WhoBills(claim)} bills the drug on the same claim.",
                "Add the toxin's J-code with units for the amount given (with JZ, or a JW line for the discarded amount); report it even when the drug was supplied free.");
        }
    }

    // Loops rather than Find/Exists with lambdas: those would allocate closures on every claim.
    private static ClaimLine? FirstProcedure(ClaimContext claim, ServiceDate date)
    {
        foreach (var line in date.Lines)
        {
            if (claim.CodeInfo(line) is { IsChemodenervation: true })
            {
                return line;
            }
        }

        return null;
    }

    private bool HasToxin(ServiceDate date)
    {
        foreach (var line in date.Lines)
        {
            if (toxins.IsToxin(line.Code))
            {
                return true;
            }
        }

        return false;
    }

    private static string WhoBills(ClaimContext claim) => claim.Claim.Setting switch
    {
        CareSetting.OutpatientHospital => "a hospital outpatient claim",
        CareSetting.Asc => "an ambulatory surgical center",
        _ => "a practitioner in a non-facility place of service",
    };
}
