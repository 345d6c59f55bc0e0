using CptRules.Contract;
using CptRules.Findings;
using CptRules.ReferenceData;

// The cheapest service that does the same I/O as POST /validate: read the claim with the contract's
// source-generated JSON, answer a passing report of the same size. No rules, no request logging.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default));

var app = builder.Build();
var ruleSet = ReferenceDataSet.Load(ReferenceDataSet.DefaultDirectory).RuleSet;

app.MapPost("/validate", async (HttpRequest request, CancellationToken cancellationToken) =>
{
    var claim = await System.Text.Json.JsonSerializer.DeserializeAsync(request.Body, ContractJsonContext.Default.ClaimRequest, cancellationToken);
    return claim?.ClaimId is { } claimId
        ? Results.Ok(ValidationReport.For(claimId, ruleSet, []))
        : Results.BadRequest();
});

await app.RunAsync();
