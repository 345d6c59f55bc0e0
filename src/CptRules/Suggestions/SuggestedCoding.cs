using System.Globalization;
using CptRules.Claims;
using CptRules.Contract;
using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules;

namespace CptRules.Suggestions;

/// <summary>
/// The lines a claim should have had, when its limb coding or toxin units are wrong and the claim itself carries
/// what is needed to recode them (every limb with its muscle count, every administered amount): the limb with the
/// most muscles takes the base code, every other limb its add-on code, and toxin units follow the amount given.
/// </summary>
internal static class SuggestedCoding
{
    private const string Right = "RT";
    private const string Left = "LT";
    private const string Discarded = "JW";

    /// <summary>Whether the report holds an error this recoding can fix.</summary>
    public static bool Applies(Claim claim, ReferenceDataSet data, IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
        {
            if (finding.Severity != FindingSeverity.Error || finding.LineNumber is null)
            {
                continue;
            }

            if (finding.RuleId == RuleIds.DrugUnitsMismatch)
            {
                return true;
            }

            // By the pointer's index, not the line number: line numbers come from the request and may repeat.
            if (LineIndexOf(finding.Pointer) is { } index && index < claim.Lines.Count && data.Codes.For(claim.Lines[index].Code) is { IsExtremityCode: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line index of a pointer such as <c>/lines/3/code</c>.</summary>
    private static int? LineIndexOf(string pointer)
    {
        const string prefix = "/lines/";
        if (!pointer.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = pointer.AsSpan(prefix.Length);
        var end = rest.IndexOf('/');
        return int.TryParse(end < 0 ? rest : rest[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) ? index : null;
    }

    /// <summary>The recoded lines, numbered 1..n, or null when the claim lacks the limbs or amounts to recode them.</summary>
    public static IReadOnlyList<ClaimLine>? Recode(Claim claim, ReferenceDataSet data)
    {
        var recoded = new List<ClaimLine>(claim.Lines.Count);
        var recodedDates = new HashSet<DateOnly>();
        foreach (var line in claim.Lines)
        {
            if (data.Codes.For(line.Code) is { IsExtremityCode: true })
            {
                if (!recodedDates.Add(line.DateOfService))
                {
                    continue;
                }

                var limbs = RecodeLimbs(claim, data, line.DateOfService);
                if (limbs is null)
                {
                    return null;
                }

                recoded.AddRange(limbs);
            }
            else
            {
                recoded.Add(WithDrugUnits(line, data));
            }
        }

        return [.. recoded.Select((line, index) => line with { Index = index, LineNumber = index + 1 })];
    }

    /// <summary>The request shape of suggested lines, so a billing system can send them back as they are.</summary>
    public static List<ClaimLineRequest> ToRequestLines(IReadOnlyList<ClaimLine> lines, DateOnly claimDate) =>
        [.. lines.Select(line => new ClaimLineRequest
        {
            LineNumber = line.LineNumber,
            Code = line.Code,
            Modifiers = line.Modifiers.Count == 0 ? null : [.. line.Modifiers],
            Units = line.Units,
            DateOfService = line.DateOfService == claimDate ? null : line.DateOfService.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Extremities = line.Extremities.Count == 0 ? null : [.. line.Extremities.Select(e => new ExtremityRequest { Limb = e.Limb.Name(), MuscleCount = e.MuscleCount })],
            AdministeredAmount = line.AdministeredAmount,
            DiagnosisPointers = line.DiagnosisPointers.Count == 0 ? null : [.. line.DiagnosisPointers],
        })];

    private static List<ClaimLine>? RecodeLimbs(Claim claim, ReferenceDataSet data, DateOnly date)
    {
        var limbLines = claim.Lines.Where(l => l.DateOfService == date && data.Codes.For(l.Code) is { IsExtremityCode: true }).ToList();
        if (limbLines.Exists(l => l.Extremities.Count != l.Units))
        {
            return null;
        }

        var limbs = limbLines.SelectMany(l => l.Extremities.Select(e => (Extremity: e, Source: l))).ToList();
        if (limbs.Count > data.Policy.MaximumExtremitiesPerSession || limbs.DistinctBy(l => l.Extremity.Limb).Count() != limbs.Count)
        {
            return null;
        }

        // The most muscles take the base code; OrderByDescending is stable, so ties keep the biller's order.
        var ordered = limbs.OrderByDescending(l => l.Extremity.MuscleCount).ToList();
        var result = new List<ClaimLine>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (extremity, source) = ordered[i];
            var kind = i == 0 ? CodeKind.ExtremityPrimary : CodeKind.ExtremityAddOn;
            var code = data.Codes.ExtremityCodes.FirstOrDefault(c => c.Kind == kind && c.Muscles is { } m && m.Contains(extremity.MuscleCount));
            if (code is null)
            {
                return null;
            }

            result.Add(source with
            {
                Code = code.Code,
                Modifiers = [extremity.Limb.Side() == BodySide.Right ? Right : Left],
                Units = 1,
                Extremities = [extremity],
            });
        }

        return result;
    }

    private static ClaimLine WithDrugUnits(ClaimLine line, ReferenceDataSet data)
    {
        if (line.AdministeredAmount is not { } amount || line.HasModifier(Discarded) || data.Toxins.For(line.Code) is not { } product)
        {
            return line;
        }

        var units = product.BillingUnitsFor(amount);
        return units <= int.MaxValue ? line with { Units = (int)units } : line;
    }
}
