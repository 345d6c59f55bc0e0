using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Setting;

/// <summary>
/// Chemodenervation is done in the office, the hospital outpatient department or an ASC; another place of service
/// is more often a keying error than a real setting. Institutional claims carry a type of bill, not a POS.
/// </summary>
public sealed class PosUnexpectedRule(PlacesOfService places) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.PosUnexpected,
        FindingSeverity.Warning,
        "setting",
        $"A given place of service is not {string.Join(", ", places.Expected)} (not checked on outpatient-hospital claims).",
        "Project source billing document (office, hospital outpatient, ASC); CMS place-of-service code set");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        if (claim.Claim.PlaceOfService is not { } pos
            || claim.Claim.Setting == CareSetting.OutpatientHospital
            || IsExpected(pos))
        {
            return;
        }

        var named = places.For(pos) is { } place ? $"{pos} ({place.Name})" : $"'{pos}'";
        findings.Add(
            "/placeOfService",
            $"Place of service {named} is not one where chemodenervation is expected: {ExpectedPlaces()}.",
            "Correct the place of service if it was keyed wrong; if the injection really was given there, keep it and expect the payer to review the claim.");
    }

    // A loop rather than Enumerable.Contains with a comparer, which enumerates through an allocated enumerator.
    private bool IsExpected(string pos)
    {
        for (var i = 0; i < places.Expected.Count; i++)
        {
            if (string.Equals(places.Expected[i], pos, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private string ExpectedPlaces() => string.Join(", ", places.Expected.Select(code => places.For(code) is { } p ? $"{code} ({p.Name})" : code));
}
