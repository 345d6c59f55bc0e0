using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CptRules.Api.OpenApi;
using CptRules.Api.Validation;
using CptRules.Contract;

namespace CptRules.Api.Batch;

/// <summary>The examples of POST /validate/batch: three NDJSON lines (clean, failing, not a claim) and their results.</summary>
public static class BatchExamples
{
    private const string NotAClaim = """{"claimId":"CLM-0003","dateOfService":"2025-03-14"}""";

    public static IReadOnlyList<object> Metadata { get; } =
    [
        new RequestExample("three-lines", "A clean claim, a failing claim and a line that is not a claim", JsonValue.Create(Ndjson())),
        new OkExample("valid-line", "Line 1: validated, with the report POST /validate gives", scrubber => Result(scrubber, 1, Line(ValidateExamples.FailingClaim()))),
        new OkExample("invalid-line", "Line 3: not a claim, with the fields at fault", scrubber => Result(scrubber, 3, NotAClaim)),
    ];

    private static string Line(ClaimRequest claim) => JsonSerializer.Serialize(claim, ContractJsonContext.Default.ClaimRequest);

    private static string Ndjson() => string.Join('\n', Line(ValidateExamples.CleanClaim()), Line(ValidateExamples.FailingClaim()), NotAClaim) + "\n";

    private static JsonNode? Result(ClaimScrubber scrubber, long line, string json)
    {
        var read = ClaimRequestReader.Read(Encoding.UTF8.GetBytes(json), scrubber.Profiles.Names);
        var result = read.Claim is { } claim
            ? new BatchLineResult(line, StatusCodes.Status200OK, scrubber.Validate(claim), null)
            : BatchLineResult.Invalid(line, read.Errors);
        return JsonSerializer.SerializeToNode(result, ContractJsonContext.Default.BatchLineResult);
    }
}
