using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules;

namespace CptRules;

/// <summary>
/// The engine: validates a claim against the loaded reference data and answers with the contract's report.
/// Thread-safe and meant to live as a single instance (the validator and lookups are built once).
/// </summary>
public sealed class ClaimScrubber
{
    private readonly ClaimValidator _validator;

    public ClaimScrubber(ReferenceDataSet data)
    {
        Data = data;
        _validator = new ClaimValidator(data);
    }

    public ReferenceDataSet Data { get; }

    /// <summary>The definitions of every rule that runs, in pipeline order.</summary>
    public IEnumerable<RuleDefinition> Rules => _validator.Rules.Select(r => r.Definition);

    public ValidationReport Validate(Claim claim)
    {
        var result = _validator.Validate(new ClaimContext(claim, Data));
        var findings = new List<(int LineIndex, int Order, Finding Finding)>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            var details = (FindingDetails)failure.CustomState;
            var severity = failure.Severity switch
            {
                FluentValidation.Severity.Error => FindingSeverity.Error,
                FluentValidation.Severity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Information,
            };
            findings.Add((details.LineIndex, findings.Count, new Finding(
                failure.ErrorCode, severity, details.LineNumber, failure.PropertyName, failure.ErrorMessage, details.Suggestion, details.Reference)));
        }

        // Claim-level findings first, then line by line; within a line, pipeline order.
        findings.Sort((a, b) => a.LineIndex != b.LineIndex ? a.LineIndex.CompareTo(b.LineIndex) : a.Order.CompareTo(b.Order));
        return ValidationReport.For(claim.ClaimId, Data.RuleSet, findings.ConvertAll(f => f.Finding));
    }
}
