using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules.Extremities;

namespace CptRules.Rules.Ncci;

/// <summary>
/// NCCI medically unlikely edits: more units of a code than CMS accepts for one patient, summed over a date of service
/// (MAI 2 and 3, discarded-drug JW lines included, because CMS sums every line of the code) or per line (MAI 1).
/// </summary>
public sealed class MueExceededRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.MueExceeded,
        FindingSeverity.Error,
        "ncci",
        "Units of a code on one date of service (on one line where its MAI is 1) exceed its MUE.",
        "NCCI medically unlikely edits (MUE) and their adjudication indicators (MAI)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        var table = claim.Data.MueFor(claim.Claim.Setting);
        foreach (var date in claim.Dates)
        {
            foreach (var code in date.Codes)
            {
                if (table.LimitFor(code) is not { } limit)
                {
                    continue;
                }

                var lines = date.LinesWith(code);
                if (limit.Adjudication == MueAdjudication.PerLine)
                {
                    // No Where(lambda): capturing the limit would allocate a closure for every code of every claim.
                    foreach (var line in lines)
                    {
                        if (line.Units > limit.MaximumUnits)
                        {
                            Report(claim, findings, limit, date, line, line.Units, [line]);
                        }
                    }

                    continue;
                }

                // Units are unbounded per line, so the day's sum is kept in a long.
                long total = 0;
                ClaimLine? passing = null;
                foreach (var line in lines)
                {
                    total += line.Units;
                    if (passing is null && total > limit.MaximumUnits)
                    {
                        passing = line;
                    }
                }

                if (passing is not null)
                {
                    Report(claim, findings, limit, date, passing, total, lines);
                }
            }
        }
    }

    private static void Report(ClaimContext claim, FindingWriter findings, MueLimit limit, ServiceDate date, ClaimLine line, long units, IReadOnlyList<ClaimLine> counted)
    {
        var table = NcciTables.NameFor(claim.Claim.Setting);
        var billed = limit.Adjudication == MueAdjudication.PerLine
            ? $"{limit.Code} is billed {Units(units)} on line {line.LineNumber}, but its MUE is {limit.MaximumUnits} per line"
            : $"{limit.Code} is billed {Units(units)} on {date.Date:yyyy-MM-dd} ({LineList(counted)}), but its MUE is {limit.MaximumUnits} per date of service";
        var kind = limit.Adjudication switch
        {
            MueAdjudication.PerLine => "MAI 1: a per-line limit; Medicare denies the whole line",
            MueAdjudication.PerDayPolicy => "MAI 2: an absolute CMS policy limit; Medicare denies every unit of the code on that date, and an appeal cannot lift it",
            _ => "MAI 3: a clinical limit; Medicare denies every unit of the code on that date, but the denial can be appealed with documentation of medical necessity",
        };
        findings.Add(
            line,
            $"{line.Pointer}/units",
            $"{billed} ({table} table, {kind}; rationale: {limit.Rationale}).",
            Suggestion(claim, limit, table));
    }

    private static string Suggestion(ClaimContext claim, MueLimit limit, string table)
    {
        if (limit.MaximumUnits == 0)
        {
            return $"{limit.Code} is not reportable on a claim judged by the {table} table (MUE 0): remove it.";
        }

        if (claim.Data.Codes.For(limit.Code) is { Kind: CodeKind.ExtremityPrimary } && ExtremityAddOns.DescribeFor(claim.Data, limit.Code) is { Length: > 0 } addOns)
        {
            return $"{limit.Code} reports one extremity: bill it once, and report each other extremity with its add-on code, {addOns}.";
        }

        var counted = claim.Data.Toxins.IsToxin(limit.Code) ? " (administered and discarded JW units count together)" : string.Empty;
        return limit.Adjudication switch
        {
            MueAdjudication.PerLine =>
                $"Bill at most {Units(limit.MaximumUnits)} of {limit.Code} on one line; units for a distinct site or session go on their own line with the modifier that shows why.",
            MueAdjudication.PerDayPolicy =>
                $"Bill at most {Units(limit.MaximumUnits)} of {limit.Code} on one date of service{counted}; no modifier (not even 76/77) lifts an MAI 2 limit.",
            _ =>
                $"Bill at most {Units(limit.MaximumUnits)} of {limit.Code} on one date of service{counted}, or, if more were medically necessary, expect the denial and appeal it with the medical record.",
        };
    }

    private static string Units(long units) => units == 1 ? "1 unit" : $"{units} units";

    private static string LineList(IReadOnlyList<ClaimLine> lines) =>
        lines.Count == 1
            ? $"line {lines[0].LineNumber}"
            : $"lines {string.Join(", ", lines.Take(lines.Count - 1).Select(l => l.LineNumber))} and {lines[^1].LineNumber}";
}
