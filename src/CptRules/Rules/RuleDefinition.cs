using CptRules.Findings;

namespace CptRules.Rules;

/// <summary>What a rule is, for findings and for the rule catalog: generated from the rules, so it cannot drift.</summary>
/// <param name="Category">The family a work queue groups by: codes, modifiers, add-ons, extremities, drugs, ...</param>
public sealed record RuleDefinition(string Id, FindingSeverity Severity, string Category, string Description, string Reference);
