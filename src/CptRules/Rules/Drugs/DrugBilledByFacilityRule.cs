using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Drugs;

/// <summary>
/// A practitioner working in a facility did not buy the toxin: the facility bills it on its own claim, so a J-code on
/// the practitioner's claim bills the same drug twice.
/// </summary>
public sealed class DrugBilledByFacilityRule(ToxinProducts toxins) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DrugBilledByFacility,
        FindingSeverity.Error,
        "drugs",
        $"A practitioner claim in a facility place of service bills a botulinum toxin J-code ({toxins.CodeRange}), which the facility bills.",
        "Medicare Benefit Policy Manual ch. 15 §50 (a drug is billed by whoever bought it); MAC chemodenervation billing articles");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        if (DrugBilling.FacilityThatBillsTheDrug(claim) is not { } facility)
        {
            return;
        }

        foreach (var line in claim.Lines)
        {
            if (!toxins.IsToxin(line.Code))
            {
                continue;
            }

            findings.Add(
                line,
                $"{line.Pointer}/code",
                $"{line.Code} is billed on a practitioner claim in place of service {facility.Code} ({facility.Name}): there the facility buys the toxin and bills it on its own claim, so this line bills the drug twice.",
                $"Remove the {line.Code} line; the facility reports the drug. Bill only the injection here (and guidance with modifier 26).");
        }
    }
}
