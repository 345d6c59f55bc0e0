using System.Net.Http.Headers;
using System.Text;

namespace CptRules.Api.Tests.Support;

public static class SampleClaims
{
    /// <summary>The example claim of api-contract.md, byte for byte as a billing system would send it.</summary>
    public const string ContractExample = """
        {
          "claimId": "CLM-0001",
          "payer": "medicare",
          "setting": "practitioner",
          "dateOfService": "2025-03-14",
          "placeOfService": "11",
          "diagnoses": ["I69.351", "G80.1"],
          "priorTreatmentDate": "2024-12-01",
          "patient": { "id": "PAT-778", "birthDate": "1961-02-03" },
          "lines": [
            { "lineNumber": 1, "code": "64644", "modifiers": ["RT"], "units": 1,
              "extremities": [ { "limb": "rue", "muscleCount": 6 } ] },
            { "lineNumber": 2, "code": "64645", "modifiers": ["LT"], "units": 1,
              "extremities": [ { "limb": "lue", "muscleCount": 5 } ] },
            { "lineNumber": 3, "code": "J0585", "modifiers": ["JZ"], "units": 300,
              "administeredAmount": 300 }
          ]
        }
        """;

    /// <summary>The contract's failing variant: line 1 billed as 64642 for rue with 3 muscles.</summary>
    public static string ContractFailingExample { get; } = ContractExample
        .Replace("\"code\": \"64644\"", "\"code\": \"64642\"", StringComparison.Ordinal)
        .Replace("\"muscleCount\": 6", "\"muscleCount\": 3", StringComparison.Ordinal);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostClaimAsync(this HttpClient client, string json) => client.PostAsync(new Uri("/validate", UriKind.Relative), Json(json));

    public static MediaTypeHeaderValue? ContentType(this HttpResponseMessage response) => response.Content.Headers.ContentType;
}
