using CptRules.Catalog;
using CptRules.Claims;
using CptRules.Contract;
using CptRules.Findings;
using CptRules.Profiles;
using CptRules.ReferenceData;
using CptRules.Rules;
using CptRules.Suggestions;

namespace CptRules;

/// <summary>
/// The engine: validates a claim against the loaded reference data under the claim's payer profile and answers
/// with the contract's report. Thread-safe and meant to live as a single instance (the validator and lookups are
/// built once).
/// </summary>
public sealed class ClaimScrubber
{
    private readonly ClaimValidator _validator;

    /// <param name="profileSettings">Payer profile → rule ID → severity or <c>off</c>; <c>medicare</c> is always there.</param>
    public ClaimScrubber(ReferenceDataSet data, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? profileSettings = null)
    {
        Data = data;
        _validator = new ClaimValidator(data);
        Profiles = PayerProfiles.Create(profileSettings ?? new Dictionary<string, IReadOnlyDictionary<string, string>>(), [.. Rules.Select(r => r.Id)]);
    }

    public ReferenceDataSet Data { get; }

    public PayerProfiles Profiles { get; }

    /// <summary>The definitions of every rule that runs, in pipeline order, with their Medicare severity.</summary>
    public IEnumerable<RuleDefinition> Rules => _validator.Rules.Select(r => r.Definition);

    /// <summary>The rule catalog as a payer profile sees it: its severities, and the rules it switched off.</summary>
    public IEnumerable<RuleCatalogEntry> CatalogUnder(PayerProfile profile) =>
        Rules.Select(r => new RuleCatalogEntry(r.Id, profile.SeverityOf(r.Id, r.Severity), profile.IsEnabled(r.Id), r.Category, r.Description, r.Reference));

    public ValidationReport Validate(Claim claim)
    {
        var profile = Profiles.Find(claim.Payer) ?? throw new ArgumentException($"Unknown payer profile '{claim.Payer}'.", nameof(claim));
        var findings = FindingsOf(claim, profile);
        return ValidationReport.For(claim.ClaimId, Data.RuleSet, findings, SuggestedLinesFor(claim, profile, findings));
    }

    private IReadOnlyList<Finding> FindingsOf(Claim claim, PayerProfile profile)
    {
        var result = _validator.Validate(new ClaimContext(claim, Data));
        var findings = new List<(int LineIndex, int Order, Finding Finding)>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            if (!profile.IsEnabled(failure.ErrorCode))
            {
                continue;
            }

            var details = (FindingDetails)failure.CustomState;
            var severity = profile.SeverityOf(failure.ErrorCode, failure.Severity switch
            {
                FluentValidation.Severity.Error => FindingSeverity.Error,
                FluentValidation.Severity.Warning => FindingSeverity.Warning,
                _ => FindingSeverity.Information,
            });
            findings.Add((details.LineIndex, findings.Count, new Finding(
                failure.ErrorCode, severity, details.LineNumber, failure.PropertyName, failure.ErrorMessage, details.Suggestion, details.Reference)));
        }

        // A clean claim, the common case, costs no list.
        if (findings.Count == 0)
        {
            return Array.Empty<Finding>();
        }

        // Claim-level findings first, then line by line; within a line, pipeline order.
        findings.Sort((a, b) => a.LineIndex != b.LineIndex ? a.LineIndex.CompareTo(b.LineIndex) : a.Order.CompareTo(b.Order));
        return findings.ConvertAll(f => f.Finding);
    }

    /// <summary>
    /// A recoding is offered only when it is proven: the recoded claim is validated too, and the suggestion is kept
    /// only if it has fewer errors and none on its limb or toxin lines.
    /// </summary>
    private List<ClaimLineRequest>? SuggestedLinesFor(Claim claim, PayerProfile profile, IReadOnlyList<Finding> findings)
    {
        if (!SuggestedCoding.Applies(claim, Data, findings) || SuggestedCoding.Recode(claim, Data) is not { } lines)
        {
            return null;
        }

        var recodedFindings = FindingsOf(claim with { Lines = lines }, profile);
        var errorsBefore = findings.Count(f => f.Severity == FindingSeverity.Error);
        var errorsAfter = recodedFindings.Count(f => f.Severity == FindingSeverity.Error);
        return errorsAfter < errorsBefore && !SuggestedCoding.Applies(claim with { Lines = lines }, Data, recodedFindings)
            ? SuggestedCoding.ToRequestLines(lines, claim.DateOfService)
            : null;
    }
}
