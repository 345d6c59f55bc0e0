using CptRules.Findings;
using CptRules.ReferenceData;
using static CptRules.Rules.Drugs.DrugBilling;

namespace CptRules.Rules.Drugs;

/// <summary>
/// A J-code is billed in its own billing unit (Botox 1 unit, Dysport 5 units, Myobloc 100 units): the units on an
/// administered line are the amount given divided by that unit, rounded up. JW lines bill discarded drug, which is
/// rounded down and has no administered amount to compare with.
/// </summary>
public sealed class DrugUnitsMismatchRule(ToxinProducts toxins) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DrugUnitsMismatch,
        FindingSeverity.Error,
        "drugs",
        "On a line without JW, billed units differ from administeredAmount converted to the J-code's billing unit (rounded up).",
        "HCPCS J-code descriptors (billing unit); CMS drug billing: an amount between billing units rounds up");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            if (line.AdministeredAmount is not { } amount || !IsAdministered(line) || toxins.For(line.Code) is not { } product)
            {
                continue;
            }

            var expected = product.BillingUnitsFor(amount);
            if (line.Units == expected)
            {
                continue;
            }

            var perUnit = product.BillingUnitAmount;
            var quotient = amount / perUnit;
            var arithmetic = quotient == expected
                ? $"{Amount(amount)} given ÷ {perUnit} = {Amount(expected)}"
                : $"{Amount(amount)} given ÷ {perUnit} = {Amount(quotient)}, rounded up to {Amount(expected)}";
            findings.Add(
                line,
                $"{line.Pointer}/units",
                $"{line.Code} bills {product.Product} in billing units of {perUnit} {(perUnit == 1 ? "unit" : "units")}: {arithmetic} billing units, but the line bills {Amount(line.Units)}.",
                line.Units > expected
                    ? $"Bill {line.Code} × {Amount(expected)} for the amount given, and any discarded amount on a separate {line.Code}-{Discarded} line; if {Amount(amount)} is not the amount given in the product's units, correct administeredAmount."
                    : $"Bill {line.Code} × {Amount(expected)}; if {Amount(amount)} is not the amount given in the product's units, correct administeredAmount.");
        }
    }
}
