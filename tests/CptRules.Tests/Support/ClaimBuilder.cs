using CptRules.Claims;
using CptRules.Contract;

namespace CptRules.Tests.Support;

/// <summary>
/// Builds claims the way a billing system sends them (a <see cref="ClaimRequest"/>) and reads them through the
/// contract's boundary, so unit tests see exactly the normalised claim the API would validate.
/// Defaults: a practitioner claim in the office (POS 11) on 2025-03-14 with a supporting diagnosis.
/// </summary>
public sealed class ClaimBuilder
{
    private readonly ClaimRequest _request = new()
    {
        ClaimId = "CLM-TEST",
        DateOfService = "2025-03-14",
        PlaceOfService = "11",
        Diagnoses = ["G80.1"],
        Lines = [],
    };

    public ClaimRequest Request => _request;

    public ClaimBuilder Setting(string setting)
    {
        _request.Setting = setting;
        return this;
    }

    public ClaimBuilder On(string dateOfService)
    {
        _request.DateOfService = dateOfService;
        return this;
    }

    public ClaimBuilder PlaceOfService(string? placeOfService)
    {
        _request.PlaceOfService = placeOfService;
        return this;
    }

    public ClaimBuilder Diagnoses(params string[] diagnoses)
    {
        _request.Diagnoses = [.. diagnoses];
        return this;
    }

    /// <summary>Leaves <c>diagnoses</c> out of the request altogether (unlike <c>Diagnoses()</c>, which sends an empty array).</summary>
    public ClaimBuilder NoDiagnoses()
    {
        _request.Diagnoses = null;
        return this;
    }

    public ClaimBuilder PriorTreatment(string? date)
    {
        _request.PriorTreatmentDate = date;
        return this;
    }

    /// <summary>Adds a line; <paramref name="limbs"/> are "rue:6" style limb and muscle-count pairs.</summary>
    public ClaimBuilder Line(string code, int units = 1, string[]? modifiers = null, string[]? limbs = null, decimal? administered = null, string? dateOfService = null, int[]? pointers = null)
    {
        _request.Lines!.Add(new ClaimLineRequest
        {
            Code = code,
            Units = units,
            Modifiers = modifiers is null ? null : [.. modifiers],
            Extremities = limbs?.Select(l => l.Split(':')).Select(p => (ExtremityRequest?)new ExtremityRequest { Limb = p[0], MuscleCount = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
            AdministeredAmount = administered,
            DateOfService = dateOfService,
            DiagnosisPointers = pointers?.ToList(),
        });
        return this;
    }

    /// <summary>A limb line with one unit per limb, e.g. <c>Limbs("64645", "lue:5", "rle:6")</c>.</summary>
    public ClaimBuilder Limbs(string code, params string[] limbs) => Line(code, units: limbs.Length, limbs: limbs);

    /// <summary>A toxin line with JZ (nothing discarded) whose units match the administered amount.</summary>
    public ClaimBuilder Toxin(string code, int units, decimal administered) => Line(code, units, ["JZ"], administered: administered);

    public Claim Build()
    {
        var read = ClaimRequestReader.Read(_request, [ClaimRequestReader.DefaultPayer]);
        return read.Claim ?? throw new InvalidOperationException(
            "The test claim does not pass the request boundary: " + string.Join("; ", read.Errors.Select(e => $"{e.Path} {e.Message}")));
    }

    /// <summary>The contract's example claim, which passes clean.</summary>
    public static ClaimBuilder ContractExample() => new ClaimBuilder()
        .Diagnoses("I69.351", "G80.1")
        .PriorTreatment("2024-12-01")
        .Line("64644", modifiers: ["RT"], limbs: ["rue:6"])
        .Line("64645", modifiers: ["LT"], limbs: ["lue:5"])
        .Toxin("J0585", 300, 300);
}
