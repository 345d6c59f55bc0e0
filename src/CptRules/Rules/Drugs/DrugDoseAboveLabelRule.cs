using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using static CptRules.Rules.Drugs.DrugBilling;

namespace CptRules.Rules.Drugs;

/// <summary>
/// Each product's label caps the dose of one treatment session. A higher dose may be right for the patient, so this is a
/// warning to check the amount and document the need, not an error. Discarded (JW) drug was never given and does not count.
/// </summary>
public sealed class DrugDoseAboveLabelRule(ToxinProducts toxins) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DrugDoseAboveLabel,
        FindingSeverity.Warning,
        "drugs",
        "The administered amount of one product on one date of service exceeds its label maximum for a session.",
        "FDA prescribing information of each product (maximum dose per treatment session)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var date in claim.Dates)
        {
            foreach (var code in date.Codes)
            {
                if (toxins.For(code) is { LabelMaximumPerSession: { } maximum } product)
                {
                    CheckProduct(date, product, maximum, findings);
                }
            }
        }
    }

    private static void CheckProduct(ServiceDate date, ToxinProduct product, int maximum, FindingWriter findings)
    {
        var total = 0m;
        var countedFromUnits = false;
        foreach (var line in date.LinesWith(product.Code))
        {
            if (!IsAdministered(line))
            {
                continue;
            }

            countedFromUnits |= line.AdministeredAmount is null;
            var amount = line.AdministeredAmount ?? (decimal)line.Units * product.BillingUnitAmount;

            // The request does not bound administeredAmount: saturate rather than overflow into a 500.
            total = amount > decimal.MaxValue - total ? decimal.MaxValue : total + amount;
        }

        if (total <= maximum)
        {
            return;
        }

        // Listed only now that the dose is above the label, which most claims are not.
        var given = date.LinesWith(product.Code).Where(IsAdministered).ToList();
        var first = given[0];
        var lines = given.Count == 1 ? $"line {first.LineNumber}" : $"lines {string.Join(", ", given.Select(l => l.LineNumber))}";
        var basis = countedFromUnits ? ", counting billed units × the billing unit where administeredAmount is not given" : string.Empty;
        findings.Add(
            first,
            first.AdministeredAmount is null ? $"{first.Pointer}/units" : $"{first.Pointer}/administeredAmount",
            $"{product.Code} {product.Product} on {date.Date:yyyy-MM-dd}: {Amount(total)} units given ({lines}{basis}) is above the label maximum of {Amount(maximum)} units per session.",
            "Check the administered amount and units. If the dose is right, document why a dose above the label is medically necessary: the MAC may review or deny it.");
    }
}
