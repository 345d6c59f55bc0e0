using System.Collections.Frozen;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.AddOns;

/// <summary>An add-on code is paid only with one of its CMS primaries on the same date of service (AOC type 1).</summary>
public sealed class AddOnWithoutPrimaryRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.AddOnWithoutPrimary,
        FindingSeverity.Error,
        "add-ons",
        "An add-on code has none of its CMS primary codes on the same date of service.",
        "NCCI add-on code edits, type 1");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        var addOns = claim.Data.AddOnCodes;
        foreach (var date in claim.Dates)
        {
            foreach (var line in date.Lines)
            {
                var primaries = addOns.PrimariesOf(line.Code);
                if (primaries.Count == 0 || !addOns.OnlyListedPrimaries(line.Code) || HasAny(date, primaries))
                {
                    continue;
                }

                var ordered = primaries.Order(StringComparer.Ordinal).ToList();
                findings.Add(
                    line,
                    $"{line.Pointer}/code",
                    $"{line.Code} is an add-on code and needs {string.Join(" or ", ordered)} on the same date of service.",
                    Suggestion(claim, line.Code, ordered));
            }
        }
    }

    // A loop rather than primaries.Any(date.Has): that would allocate a delegate for every add-on line.
    private static bool HasAny(ServiceDate date, FrozenSet<string> primaries)
    {
        foreach (var primary in primaries)
        {
            if (date.Has(primary))
            {
                return true;
            }
        }

        return false;
    }

    private static string Suggestion(ClaimContext claim, string addOn, List<string> primaries)
    {
        if (claim.Data.Codes.For(addOn) is { IsExtremityCode: true })
        {
            var described = primaries.Select(p => claim.Data.Codes.For(p) is { Muscles: { } muscles } ? $"{p} ({muscles})" : p);
            return $"Report the extremity with the most muscles as {string.Join(" or ", described)}.";
        }

        return $"Bill {addOn} with the procedure it adds to ({string.Join(", ", primaries)}) on the same date of service, or remove it.";
    }
}
