using CptRules.Findings;

namespace CptRules.Catalog;

/// <summary>One rule as the catalog shows it under a payer profile: generated from the rule itself, so it cannot drift.</summary>
public sealed record RuleCatalogEntry(string Id, FindingSeverity Severity, bool Enabled, string Category, string Description, string Reference);
