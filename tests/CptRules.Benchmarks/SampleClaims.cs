using System.Globalization;
using CptRules.Claims;
using CptRules.Contract;

namespace CptRules.Benchmarks;

/// <summary>
/// The claims the benchmarks validate, read through the request boundary so the engine sees exactly what the API
/// gives it. Clean, half-faulty and all-faulty variants of one typical claim, after FluentValidation's own benchmarks.
/// </summary>
public static class SampleClaims
{
    public static string ExampleJsonPath => Path.Combine(AppContext.BaseDirectory, "contract-example.json");

    /// <summary>Limb chemodenervation of two arms under EMG guidance with the toxin, nothing discarded: passes clean.</summary>
    public static Claim Typical() => Read(Request(
        ["I69.351", "G80.1"],
        "2024-12-01",
        Line("64644", 1, ["RT"], "rue", 6),
        Line("64645", 1, ["LT"], "lue", 5),
        Line("95874", 1),
        Line("J0585", 300, ["JZ"], amount: 300)));

    /// <summary>The typical claim with its second and fourth lines miscoded: too few muscles, units that miss the amount.</summary>
    public static Claim HalfErrors() => Read(Request(
        ["I69.351", "G80.1"],
        "2024-12-01",
        Line("64644", 1, ["RT"], "rue", 6),
        Line("64645", 1, ["LT"], "lue", 2),
        Line("95874", 1),
        Line("J0585", 300, ["JZ"], amount: 200)));

    /// <summary>Every line and the claim itself miscoded, so most rules have something to say.</summary>
    public static Claim AllErrors()
    {
        var request = Request(
            ["G80", "XYZ"],
            "2025-02-01",
            Line("64645", 1, ["RT", "ZZ"], "lue", 2),
            Line("64642", 1, ["LT"], "rue", 3),
            Line("95874", 9, pointers: [7]),
            Line("J0585", 900, null, amount: 300),
            Line("99999", 1));
        request.PlaceOfService = "99";
        return Read(request);
    }

    /// <summary>
    /// The contract's largest claim made of the typical one: its four lines on each of 112 dates, and its first two
    /// (64644 and the toxin) on a last date: 450 lines that pass clean. Against <see cref="Typical"/> it shows whether cost grows linearly.
    /// </summary>
    public static Claim LargeClean()
    {
        var lines = new List<ClaimLineRequest?>();
        for (var part = 0; lines.Count < ClaimRequestReader.MaxLines; part++)
        {
            var day = new DateOnly(2025, 1, 2).AddDays(part).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines.AddRange(
            [
                Line("64644", 1, ["RT"], "rue", 6, day: day),
                Line("J0585", 300, ["JZ"], amount: 300, day: day),
                Line("64645", 1, ["LT"], "lue", 5, day: day),
                Line("95874", 1, day: day),
            ]);
        }

        return Read(new ClaimRequest
        {
            ClaimId = "CLM-LARGE-CLEAN",
            DateOfService = "2025-01-02",
            PlaceOfService = "11",
            Diagnoses = ["I69.351", "G80.1"],
            Lines = lines[..ClaimRequestReader.MaxLines],
        });
    }

    /// <summary>
    /// The contract's largest claim: 450 lines, nine a date over 50 dates, mixing clean and faulty coding
    /// (the shape of LargeClaimTests), so that some 400 findings are written.
    /// </summary>
    public static Claim Large()
    {
        var lines = new List<ClaimLineRequest?>();
        for (var part = 0; part < 50; part++)
        {
            var day = new DateOnly(2025, 1, 2).AddDays(part).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            lines.AddRange(
            [
                Line("64644", 1, ["RT"], "rue", part % 3 == 0 ? 4 : 6, day: day),
                Line("64645", 1, ["LT"], "lue", 5, day: day),
                Line("64643", 1, null, part % 4 == 0 ? "lue" : "rle", 2, day: day),
                Line("95874", 1, day: day),
                Line(part % 5 == 0 ? "95873" : "20552", 1, part % 2 == 0 ? ["59"] : null, day: day),
                Line("J0585", part % 7 == 0 ? 150 : 155, null, amount: 155, day: day),
                Line("J0585", 45, ["JW"], day: day),
                Line("96372", 1, day: day),
                Line(part % 6 == 0 ? "64642" : "99213", 1, null, part % 6 == 0 ? "lle" : null, 2, day: day),
            ]);
        }

        return Read(new ClaimRequest
        {
            ClaimId = "CLM-LARGE",
            DateOfService = "2025-01-02",
            PlaceOfService = "11",
            Diagnoses = ["G80.1", "I69.351"],
            Lines = lines,
        });
    }

    private static ClaimRequest Request(List<string?> diagnoses, string priorTreatment, params List<ClaimLineRequest?> lines) => new()
    {
        ClaimId = "CLM-BENCH",
        Payer = "medicare",
        Setting = "practitioner",
        DateOfService = "2025-03-14",
        PlaceOfService = "11",
        Diagnoses = diagnoses,
        PriorTreatmentDate = priorTreatment,
        Lines = lines,
    };

    private static ClaimLineRequest Line(
        string code, int units, List<string?>? modifiers = null, string? limb = null, int muscles = 0, decimal? amount = null, List<int>? pointers = null, string? day = null) => new()
    {
        Code = code,
        Units = units,
        Modifiers = modifiers,
        Extremities = limb is null ? null : [new ExtremityRequest { Limb = limb, MuscleCount = muscles }],
        AdministeredAmount = amount,
        DiagnosisPointers = pointers,
        DateOfService = day,
    };

    private static Claim Read(ClaimRequest request)
    {
        var read = ClaimRequestReader.Read(request, [ClaimRequestReader.DefaultPayer]);
        return read.Claim ?? throw new InvalidOperationException(
            "A benchmark claim does not pass the request boundary: " + string.Join("; ", read.Errors.Select(e => $"{e.Path} {e.Message}")));
    }
}
