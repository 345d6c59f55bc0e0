using System.Text.Json;
using System.Text.Json.Nodes;
using CptRules.Contract;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Outcome = CptRules.Findings.Outcome;

namespace CptRules.Tests.Properties;

/// <summary>
/// Generated claims through the request boundary and the engine, as the API runs them: whatever the claim, the report
/// is consistent. Bounded (MaxTest) so that the suite stays fast in CI; FsCheck prints the seed and the claim as JSON
/// when a property fails.
/// </summary>
public class ClaimPropertyTests
{
    [Property(MaxTest = 200)]
    public Property Every_generated_claim_is_read_and_gets_a_consistent_report() =>
        Prop.ForAll(ClaimGenerators.Arbitrary, claim =>
        {
            var json = claim.Utf8Json();
            var read = ClaimRequestReader.Read(json, [ClaimRequestReader.DefaultPayer]);
            Assert.True(read.Claim is not null, "The claim was refused at the boundary: " + string.Join("; ", read.Errors.Select(e => $"{e.Path} {e.Message}")));

            var report = Engine.Scrubber.Validate(read.Claim);

            ReportInvariants.AssertConsistent(JsonNode.Parse(json), JsonSerializer.SerializeToNode(report, ContractJsonContext.Default.ValidationReport));
            var ruleIds = Engine.Scrubber.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            Assert.All(report.Findings, f => Assert.Contains(f.RuleId, ruleIds));
        });

    /// <summary>
    /// The property above proves little if the generator only ever makes failing claims: a fixed sample must reach
    /// every outcome and every rule.
    /// </summary>
    [Fact]
    public void Generated_claims_reach_every_outcome_and_every_rule()
    {
        var outcomes = new HashSet<Outcome>();
        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in ClaimGenerators.Claims().Sample(300, new Rnd(20250314UL), 50))
        {
            var report = Engine.Scrubber.Validate(ClaimRequestReader.Read(claim.Utf8Json(), [ClaimRequestReader.DefaultPayer]).Claim!);
            outcomes.Add(report.Outcome);
            ruleIds.UnionWith(report.Findings.Select(f => f.RuleId));
        }

        Assert.Equal([Outcome.Pass, Outcome.PassWithWarnings, Outcome.Fail], outcomes.Order());
        Assert.Empty(Engine.Scrubber.Rules.Select(r => r.Id).Except(ruleIds));
    }
}
