using System.Text;
using CptRules.Api.OpenApi;
using CptRules.Contract;

namespace CptRules.Api.Validation;

/// <summary>The request examples of POST /validate: the contract's claim, and the same claim with line 1 miscoded.</summary>
public static class ValidateExamples
{
    public static ClaimRequest CleanClaim() => new()
    {
        ClaimId = "CLM-0001",
        Payer = "medicare",
        Setting = "practitioner",
        DateOfService = "2025-03-14",
        PlaceOfService = "11",
        Diagnoses = ["I69.351", "G80.1"],
        PriorTreatmentDate = "2024-12-01",
        Patient = new PatientRequest { Id = "PAT-778", BirthDate = "1961-02-03" },
        Lines =
        [
            new() { LineNumber = 1, Code = "64644", Modifiers = ["RT"], Units = 1, Extremities = [new() { Limb = "rue", MuscleCount = 6 }] },
            new() { LineNumber = 2, Code = "64645", Modifiers = ["LT"], Units = 1, Extremities = [new() { Limb = "lue", MuscleCount = 5 }] },
            new() { LineNumber = 3, Code = "J0585", Modifiers = ["JZ"], Units = 300, AdministeredAmount = 300 },
        ],
    };

    /// <summary>Line 1 billed as 64642 for three muscles: 64645 then has no primary (the contract's failing example).</summary>
    public static ClaimRequest FailingClaim()
    {
        var claim = CleanClaim();
        claim.Lines![0] = new() { LineNumber = 1, Code = "64642", Modifiers = ["RT"], Units = 1, Extremities = [new() { Limb = "rue", MuscleCount = 3 }] };
        return claim;
    }

    public static EndpointExamples Metadata { get; } = new(
        new Dictionary<string, (string Summary, ClaimRequest Claim)>
        {
            ["clean"] = ("The contract's example claim: passes clean", CleanClaim()),
            ["failing"] = ("Line 1 billed as 64642 (3 muscles): 64645 has no primary", FailingClaim()),
        });

    /// <summary>The 400 of a body that names no claim ID, a date that is not yyyy-MM-dd and a line of 0 units.</summary>
    public static ProblemExample BadRequest { get; } = new(
        StatusCodes.Status400BadRequest,
        "The body cannot be read as a claim: `errors` names each offending field by its JSON path.",
        "Not a claim",
        scrubber => RequestProblem.From(ClaimRequestReader.Read(
            Encoding.UTF8.GetBytes("""{"dateOfService":"2025-3-14","lines":[{"code":"64644","units":0}]}"""),
            scrubber.Profiles.Names).Errors).ProblemDetails);
}
