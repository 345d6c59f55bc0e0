using System.Globalization;
using System.Text.Json;
using CptRules.Contract;
using CptRules.Findings;

namespace CptRules.Tests.Suggestions;

/// <summary>
/// The property of suggested coding, over generated claims: whenever a claim's limbs or toxin units are miscoded and
/// it carries the limbs, muscle counts and amounts, the suggested lines validate without any error.
/// </summary>
public class SuggestedLinesPropertyTests
{
    private static readonly string[] LimbNames = ["rue", "lue", "rle", "lle"];
    private static readonly string[] LimbCodes = ["64642", "64643", "64644", "64645"];

    // Toxins labelled for every limb, with their billing unit: off-label products are a separate question.
    private static readonly (string Code, int BillingUnit, int LabelMaximum)[] Toxins = [("J0585", 1, 400), ("J0586", 5, 1500)];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 400)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Suggested_lines_of_a_miscoded_claim_validate_without_errors(int seed)
    {
        var random = new Random(seed);
        var request = MiscodedClaim(random);

        var report = Engine.Scrubber.Validate(ClaimRequestReader.Read(request, [ClaimRequestReader.DefaultPayer]).Claim!);

        var claimJson = JsonSerializer.Serialize(request, ContractJsonContext.Default.ClaimRequest);
        if (report.Outcome != Outcome.Fail)
        {
            // The generator happened to code the claim right: nothing to suggest.
            Assert.Null(report.SuggestedLines);
            return;
        }

        Assert.True(report.SuggestedLines is not null, $"No suggestion for {claimJson}: {string.Join("; ", report.Findings.Select(f => f.RuleId))}");
        request.Lines = [.. report.SuggestedLines];
        var recoded = Engine.Scrubber.Validate(ClaimRequestReader.Read(request, [ClaimRequestReader.DefaultPayer]).Claim!);
        Assert.True(
            recoded.Counts.Error == 0,
            $"The suggestion for {claimJson} still fails: {string.Join("; ", recoded.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Message))}");
    }

    /// <summary>One to four distinct limbs, each coded with a random limb code, spread over random lines; a toxin line whose units may be wrong.</summary>
    private static ClaimRequest MiscodedClaim(Random random)
    {
        var limbs = LimbNames.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToList();
        var lines = new List<ClaimLineRequest?>();
        foreach (var limb in limbs)
        {
            var side = limb[0] == 'r' ? "RT" : "LT";
            lines.Add(new ClaimLineRequest
            {
                Code = LimbCodes[random.Next(LimbCodes.Length)],
                Modifiers = random.Next(2) == 0 ? [side] : null,
                Units = 1,
                Extremities = [new ExtremityRequest { Limb = limb, MuscleCount = random.Next(1, 13) }],
            });
        }

        var toxin = Toxins[random.Next(Toxins.Length)];
        var amount = (decimal)random.Next(1, toxin.LabelMaximum + 1);
        var rightUnits = (int)Math.Ceiling(amount / toxin.BillingUnit);
        lines.Add(new ClaimLineRequest
        {
            Code = toxin.Code,
            Modifiers = ["JZ"],
            Units = random.Next(2) == 0 ? rightUnits : Math.Max(1, rightUnits + random.Next(-20, 21)),
            AdministeredAmount = amount,
        });

        return new ClaimRequest
        {
            ClaimId = "GEN-" + random.Next().ToString(CultureInfo.InvariantCulture),
            DateOfService = "2025-03-14",
            PlaceOfService = "11",
            Diagnoses = ["G80.1"],
            Lines = [.. lines.OrderBy(_ => random.Next())],
        };
    }
}
