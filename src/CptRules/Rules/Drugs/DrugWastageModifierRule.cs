using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using static CptRules.Rules.Drugs.DrugBilling;

namespace CptRules.Rules.Drugs;

/// <summary>
/// Toxin vials are single-dose. Under the CMS discarded-drug policy every administered line shows what became of the
/// rest of the vial: JZ when nothing was discarded, or a separate line of the same J-code with JW for the discarded units.
/// Checked per date of service and J-code, since a JW line accounts for that drug's vials on that date only.
/// </summary>
public sealed class DrugWastageModifierRule(ToxinProducts toxins, PolicyParameters policy) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DrugWastageModifier,
        FindingSeverity.Error,
        "drugs",
        $"From {policy.WastageModifiersFrom:yyyy-MM-dd}: a toxin line has neither JZ nor a companion JW line, or JZ and JW are both billed for one drug.",
        "CMS discarded drug policy: JW and JZ modifiers (Medicare Claims Processing Manual ch. 17 §40; CMS JW/JZ modifier FAQ)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var date in claim.Dates)
        {
            if (date.Date < policy.WastageModifiersFrom)
            {
                continue;
            }

            foreach (var code in date.Codes)
            {
                if (toxins.IsToxin(code))
                {
                    CheckDrug(date, date.LinesWith(code), findings);
                }
            }
        }
    }

    private void CheckDrug(ServiceDate date, ListView<ClaimLine> lines, FindingWriter findings)
    {
        ClaimLine? firstJz = null;
        ClaimLine? firstJw = null;
        foreach (var line in lines)
        {
            if (firstJz is null && line.HasModifier(NothingDiscarded))
            {
                firstJz = line;
            }

            if (firstJw is null && line.HasModifier(Discarded))
            {
                firstJw = line;
            }
        }

        if (firstJz is not null && firstJw is not null)
        {
            // One finding per drug and date: the fix (keep one of the two statements) is one decision, however many lines.
            var where = firstJz == firstJw
                ? $"line {firstJz.LineNumber} carries both"
                : $"line {firstJz.LineNumber} carries {NothingDiscarded} and line {firstJw.LineNumber} carries {Discarded}";
            findings.Add(
                firstJz,
                $"{firstJz.Pointer}/modifiers/{firstJz.Modifiers.TakeWhile(m => m != NothingDiscarded).Count()}",
                $"{firstJz.Code} on {date.Date:yyyy-MM-dd}: {where}. {NothingDiscarded} says nothing of the vial was discarded and {Discarded} bills a discarded amount; under the CMS discarded-drug policy one drug on one date is one or the other.",
                $"If part of the vial was discarded, keep the {firstJz.Code}-{Discarded} line with the discarded units and remove {NothingDiscarded}; if nothing was discarded, remove the {Discarded} line and keep {NothingDiscarded}.");
            return;
        }

        if (firstJw is not null)
        {
            // The JW line accounts for the vials of every administered line of this drug on this date, but it needs one.
            if (!HasAdministeredLine(lines))
            {
                findings.Add(
                    firstJw,
                    $"{firstJw.Pointer}/code",
                    $"{firstJw.Code}-{Discarded} on {date.Date:yyyy-MM-dd} bills only discarded units: {Discarded} reports what was left of the vial beside a line of the same J-code for the amount administered, and there is none.",
                    $"Add a {firstJw.Code} line with the administered units (and its administeredAmount), or remove {Discarded} if these are the units given.");
            }

            return;
        }

        foreach (var line in lines)
        {
            if (line.HasModifier(NothingDiscarded))
            {
                continue;
            }

            findings.Add(
                line,
                $"{line.Pointer}/code",
                $"{line.Code} on {date.Date:yyyy-MM-dd} has neither {NothingDiscarded} nor a separate {line.Code}-{Discarded} line. Toxin vials are single-dose: from {policy.WastageModifiersFrom:yyyy-MM-dd} the CMS discarded-drug policy requires {NothingDiscarded} on the administered line when nothing was discarded, or the discarded units billed on their own line with {Discarded}.",
                $"Add {NothingDiscarded} to line {line.LineNumber} if the whole vial was given; otherwise add a line {line.Code}-{Discarded} with the discarded amount in billing units, rounded down (waste under one billing unit is reported with {NothingDiscarded}).");
        }
    }

    private static bool HasAdministeredLine(ListView<ClaimLine> lines)
    {
        foreach (var line in lines)
        {
            if (!line.HasModifier(Discarded))
            {
                return true;
            }
        }

        return false;
    }
}
