using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Setting;

/// <summary>
/// Labels and LCDs space limb and trunk toxin treatments weeks apart; an earlier repeat is often denied unless the
/// record justifies it. The minimum interval is policy data (policy.csv), not a constant.
/// </summary>
public sealed class FrequencyRule(PolicyParameters policy) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.Frequency,
        FindingSeverity.Warning,
        "setting",
        $"With 64642–64647 billed, priorTreatmentDate is before the date of service by fewer than {policy.MinimumDaysBetweenTreatments} days.",
        "Botulinum toxin labels and MAC LCDs: minimum interval between treatments");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        if (claim.Claim.PriorTreatmentDate is not { } prior)
        {
            return;
        }

        // The limb or trunk session closest after the prior treatment: a prior date on or after a session says
        // nothing of that session, but may still be too close to a later one on the same claim.
        DateOnly? closest = null;
        foreach (var line in claim.Lines)
        {
            if (line.DateOfService > prior && (closest is null || line.DateOfService < closest) && claim.CodeInfo(line) is { IsLimbOrTrunk: true })
            {
                closest = line.DateOfService;
            }
        }

        if (closest is not { } session)
        {
            return;
        }

        var days = session.DayNumber - prior.DayNumber;
        var minimum = policy.MinimumDaysBetweenTreatments;
        if (days >= minimum)
        {
            return;
        }

        // Any valid date is accepted, so the due date may lie past the end of the calendar (a claim on 9999-12-31).
        var wait = prior.DayNumber <= DateOnly.MaxValue.DayNumber - minimum ? $"until {prior.AddDays(minimum):yyyy-MM-dd}" : $"{minimum} days";
        findings.Add(
            "/priorTreatmentDate",
            $"The previous limb or trunk chemodenervation ({prior:yyyy-MM-dd}) was {days} days before this one ({session:yyyy-MM-dd}); treatments are expected at least {minimum} days apart.",
            $"Check priorTreatmentDate; if it is right, document why the treatment could not wait {wait}, as the payer may deny an early repeat.");
    }
}
