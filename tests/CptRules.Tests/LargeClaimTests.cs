using System.Globalization;
using CptRules.Contract;
using CptRules.Findings;

namespace CptRules.Tests;

/// <summary>Rules work per date of service, so a long claim is the sum of its parts: nothing lost, nothing invented.</summary>
public class LargeClaimTests
{
    // Nine lines a date, 50 dates: 450 lines, the contract's maximum. Each part mixes clean and faulty coding.
    private static IEnumerable<ClaimLineRequest> PartLines(int part, DateOnly date)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        ClaimLineRequest Line(string code, int units, string[]? modifiers = null, string? limb = null, int muscles = 0, decimal? amount = null) => new()
        {
            Code = code,
            Units = units,
            Modifiers = modifiers?.ToList<string?>(),
            Extremities = limb is null ? null : [new ExtremityRequest { Limb = limb, MuscleCount = muscles }],
            AdministeredAmount = amount,
            DateOfService = day,
        };

        yield return Line("64644", 1, ["RT"], "rue", part % 3 == 0 ? 4 : 6);
        yield return Line("64645", 1, ["LT"], "lue", 5);
        yield return Line("64643", 1, null, part % 4 == 0 ? "lue" : "rle", 2);
        yield return Line("95874", 1);
        yield return Line(part % 5 == 0 ? "95873" : "20552", 1, part % 2 == 0 ? ["59"] : null);
        yield return Line("J0585", part % 7 == 0 ? 150 : 155, null, amount: 155);
        yield return Line("J0585", 45, ["JW"]);
        yield return Line("96372", 1);
        yield return Line(part % 6 == 0 ? "64642" : "99213", 1, null, part % 6 == 0 ? "lle" : null, 2);
    }

    private static ClaimRequest Request(IEnumerable<ClaimLineRequest> lines) => new()
    {
        ClaimId = "CLM-LARGE",
        DateOfService = "2025-01-02",
        PlaceOfService = "11",
        Diagnoses = ["G80.1", "I69.351"],
        Lines = [.. lines],
    };

    [Fact]
    public void A_450_line_claim_gives_exactly_the_findings_of_its_parts()
    {
        var dates = Enumerable.Range(0, 50).Select(i => new DateOnly(2025, 1, 2).AddDays(i)).ToList();
        var parts = dates.Select((date, part) => PartLines(part, date).ToList()).ToList();
        var offsets = parts.Select((_, part) => parts.Take(part).Sum(p => p.Count)).ToList();
        foreach (var (part, offset) in parts.Zip(offsets))
        {
            for (var i = 0; i < part.Count; i++)
            {
                part[i].LineNumber = offset + i + 1;
            }
        }

        var whole = Validate(Request(parts.SelectMany(p => p)));

        var fromParts = parts.Zip(offsets).SelectMany(p => Validate(Request(p.First)).Findings
            .Select(f => f with { Pointer = Shift(f.Pointer, p.Second) }));
        Assert.Equal(450, parts.Sum(p => p.Count));
        Assert.NotEmpty(whole.Findings);
        Assert.Equal(Describe(fromParts), Describe(whole.Findings));
    }

    private static ValidationReport Validate(ClaimRequest request) =>
        Engine.Scrubber.Validate(ClaimRequestReader.Read(request, [ClaimRequestReader.DefaultPayer]).Claim!);

    private static string Shift(string pointer, int offset)
    {
        if (!pointer.StartsWith("/lines/", StringComparison.Ordinal))
        {
            return pointer;
        }

        var rest = pointer["/lines/".Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var index = int.Parse(slash < 0 ? rest : rest[..slash], CultureInfo.InvariantCulture) + offset;
        return $"/lines/{index}{(slash < 0 ? string.Empty : rest[slash..])}";
    }

    private static List<string> Describe(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.LineNumber}|{f.Pointer}|{f.Message}").Order(StringComparer.Ordinal)];
}
