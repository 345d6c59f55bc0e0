using System.Collections.Frozen;
using CptRules.Findings;

namespace CptRules.Tests.Rules.Drugs;

/// <summary>The findings of the drug rules, read from the rule definitions so a new drug rule is covered without editing a list.</summary>
internal static class DrugFindings
{
    private static readonly Lazy<FrozenSet<string>> DrugRuleIds = new(() =>
        Engine.Scrubber.Rules.Where(r => r.Category == "drugs").Select(r => r.Id).ToFrozenSet(StringComparer.Ordinal));

    public static IReadOnlyList<Finding> DrugRuleFindings(this ValidationReport report) =>
        [.. report.Findings.Where(f => DrugRuleIds.Value.Contains(f.RuleId))];
}
