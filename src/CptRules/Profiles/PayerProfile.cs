using System.Collections.Frozen;
using CptRules.Findings;

namespace CptRules.Profiles;

/// <summary>
/// A payer's view of the rules: per rule ID, a different severity or the rule switched off. Rules a profile does not
/// name keep their Medicare severity.
/// </summary>
public sealed class PayerProfile
{
    private readonly FrozenDictionary<string, FindingSeverity?> _overrides;

    /// <param name="overrides">Rule ID → severity, or null to switch the rule off.</param>
    public PayerProfile(string name, IReadOnlyDictionary<string, FindingSeverity?> overrides)
    {
        Name = name;
        _overrides = overrides.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string Name { get; }

    public bool IsEnabled(string ruleId) => !_overrides.TryGetValue(ruleId, out var severity) || severity is not null;

    public FindingSeverity SeverityOf(string ruleId, FindingSeverity medicareSeverity) =>
        _overrides.TryGetValue(ruleId, out var severity) && severity is { } overridden ? overridden : medicareSeverity;
}

/// <summary>The profiles a claim's <c>payer</c> may name; <c>medicare</c> is built in and always present.</summary>
public sealed class PayerProfiles
{
    public const string Medicare = "medicare";

    private readonly FrozenDictionary<string, PayerProfile> _byName;

    private PayerProfiles(FrozenDictionary<string, PayerProfile> byName)
    {
        _byName = byName;
        Names = [.. byName.Keys.Order(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Names { get; }

    public PayerProfile? Find(string name) => _byName.GetValueOrDefault(name);

    public PayerProfile Get(string name) => _byName[name];

    /// <summary>
    /// Builds profiles from configuration-shaped settings: profile → rule ID → <c>error</c>, <c>warning</c>,
    /// <c>information</c> or <c>off</c>. A misspelt rule ID or severity is an error here, not a silently ignored setting.
    /// </summary>
    public static PayerProfiles Create(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> settings, IReadOnlyCollection<string> ruleIds)
    {
        var profiles = new Dictionary<string, PayerProfile>(StringComparer.OrdinalIgnoreCase)
        {
            [Medicare] = new PayerProfile(Medicare, new Dictionary<string, FindingSeverity?>()),
        };

        foreach (var (name, rules) in settings)
        {
            var overrides = new Dictionary<string, FindingSeverity?>(StringComparer.Ordinal);
            foreach (var (ruleId, value) in rules)
            {
                if (!ruleIds.Contains(ruleId))
                {
                    throw new InvalidOperationException($"Payer profile '{name}' names rule '{ruleId}', which does not exist. Rules: {string.Join(", ", ruleIds)}.");
                }

                overrides[ruleId] = value.ToLowerInvariant() switch
                {
                    "error" => FindingSeverity.Error,
                    "warning" => FindingSeverity.Warning,
                    "information" => FindingSeverity.Information,
                    "off" => null,
                    _ => throw new InvalidOperationException($"Payer profile '{name}' sets rule '{ruleId}' to '{value}'; use error, warning, information or off."),
                };
            }

            profiles[name] = new PayerProfile(name.ToLowerInvariant(), overrides);
        }

        return new PayerProfiles(profiles.ToFrozenDictionary(p => p.Value.Name, p => p.Value, StringComparer.OrdinalIgnoreCase));
    }
}
