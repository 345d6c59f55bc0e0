using System.Collections.Frozen;
using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CptRules.Contract;
using CptRules.Findings;

namespace CptRules.Api.Metrics;

/// <summary>
/// What operators watch: claims validated by outcome and findings by rule ID, from POST /validate and every line of a
/// batch. Labels carry the contract's own strings, so a dashboard reads like the API.
/// </summary>
public sealed class ValidationMetrics
{
    public const string MeterName = "CptRules";

    private static readonly FrozenDictionary<Outcome, string> OutcomeNames = ContractNames(ContractJsonContext.Default.Outcome);
    private static readonly FrozenDictionary<FindingSeverity, string> SeverityNames = ContractNames(ContractJsonContext.Default.FindingSeverity);

    private readonly Counter<long> _validations;
    private readonly Counter<long> _findings;

    public ValidationMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _validations = meter.CreateCounter<long>("cptrules.validations", "{claim}", "Claims validated, by outcome.");
        _findings = meter.CreateCounter<long>("cptrules.findings", "{finding}", "Findings reported, by rule ID and severity.");
    }

    public void Record(ValidationReport report)
    {
        _validations.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeNames[report.Outcome]));
        foreach (var finding in report.Findings)
        {
            _findings.Add(
                1,
                new KeyValuePair<string, object?>("rule_id", finding.RuleId),
                new KeyValuePair<string, object?>("severity", SeverityNames[finding.Severity]));
        }
    }

    private static FrozenDictionary<T, string> ContractNames<T>(JsonTypeInfo<T> typeInfo)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToFrozenDictionary(value => value, value => JsonSerializer.Serialize(value, typeInfo).Trim('"'));
}
