using System.Buffers;
using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Diagnoses;

/// <summary>
/// A diagnosis must be a code the CDC lists as billable in the fiscal year of the date of service: a category
/// header (G80, I69.35) or a code retired that year (G35 from FY2026) is rejected by Medicare.
/// A line's diagnosis pointer that names no diagnosis is the same coding error seen from the line.
/// </summary>
public sealed class DiagnosisInvalidRule : ClaimRule
{
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public override RuleDefinition Definition { get; } = new(
        RuleIds.DiagnosisInvalid,
        FindingSeverity.Error,
        "diagnoses",
        "A diagnosis is malformed or not in the CDC billable ICD-10-CM list of the date of service's fiscal year, or a line's diagnosis pointer names no diagnosis.",
        "CDC/NCHS ICD-10-CM code files (codes valid for HIPAA-covered transactions), by fiscal year");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        var diagnoses = claim.Claim.Diagnoses;
        for (var k = 0; k < diagnoses.Count; k++)
        {
            var diagnosis = diagnoses[k];
            if (!IsIcd10CmShaped(diagnosis.AsSent))
            {
                findings.Add(
                    $"/diagnoses/{k}",
                    $"'{diagnosis.AsSent}' is not an ICD-10-CM code: a code is a letter, a digit, a letter or digit, then optionally a dot and 1–4 letters or digits (I69.351 or I69351).",
                    "Correct the code from the medical record, or remove it.");
                continue;
            }

            // Lines may each carry their own date, so the fiscal year is that of the services the diagnosis is reported
            // for: the dates of the lines pointing to it, or every date when no line points to it. Reported once.
            foreach (var date in claim.Dates)
            {
                if (claim.Data.Diagnoses.BillableListOn(date.Date) is not { } billable
                    || billable.Codes.Contains(diagnosis.Dotless)
                    || (!PointedToOn(date.Lines, k + 1) && PointedToOn(claim.Claim.Lines, k + 1)))
                {
                    continue;
                }

                findings.Add($"/diagnoses/{k}", NotBillable(diagnosis, billable, date.Date, out var suggestion), suggestion);
                break;
            }
        }

        foreach (var line in claim.Lines)
        {
            for (var j = 0; j < line.DiagnosisPointers.Count; j++)
            {
                var target = line.DiagnosisPointers[j];
                if (target >= 1 && target <= diagnoses.Count)
                {
                    continue;
                }

                findings.Add(
                    line,
                    $"{line.Pointer}/diagnosisPointers/{j}",
                    $"Diagnosis pointer {target} on {line.Code} names no diagnosis: pointers are 1-based positions in diagnoses, and the claim has {(diagnoses.Count == 0 ? "none" : $"{diagnoses.Count}")}.",
                    diagnoses.Count == 0
                        ? "Add the claim's diagnoses, then point the line to the ones that justify it by their position (1 for the first)."
                        : $"Point the line to the diagnosis that justifies it by its position in diagnoses, 1 to {diagnoses.Count}.");
            }
        }
    }

    private static bool PointedToOn(IReadOnlyList<ClaimLine> lines, int position)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].DiagnosisPointers.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A letter, a digit, a letter or digit, then optionally a dot and 1–4 letters or digits, in either case.</summary>
    private static bool IsIcd10CmShaped(string code)
    {
        if (code.Length < 3 || !char.IsAsciiLetter(code[0]) || !char.IsAsciiDigit(code[1]) || !char.IsAsciiLetterOrDigit(code[2]))
        {
            return false;
        }

        var subcategory = code.AsSpan(code.Length > 3 && code[3] == '.' ? 4 : 3);
        return subcategory.Length <= 4
            && (subcategory.Length > 0 || code.Length == 3)
            && !subcategory.ContainsAnyExcept(AsciiLettersAndDigits);
    }

    private static string NotBillable(Diagnosis diagnosis, BillableDiagnosisList billable, DateOnly date, out string suggestion)
    {
        var list = $"the CDC ICD-10-CM FY{billable.To.Year} list ({billable.FileName}) in force on {date:yyyy-MM-dd}";
        var specific = billable.CodesUnder(diagnosis.Dotless);
        if (specific.Count > 0)
        {
            var choices = specific.Count == 1 ? Dotted(specific[0]) : $"{Dotted(specific[0])}–{Dotted(specific[^1])} ({specific.Count} codes)";
            suggestion = $"Report the code the medical record documents under {Dotted(diagnosis.Dotless)}: {choices}.";
            return $"{diagnosis.AsSent} is a category header in {list}, not a billable code: a more specific code is needed.";
        }

        suggestion = "Check the code for a typo; if it was retired, report the code that replaced it for this date of service.";
        return $"{diagnosis.AsSent} is not a billable code in {list}: it is mistyped, retired, or not yet in effect on that date.";
    }

    private static string Dotted(string dotless) => dotless.Length > 3 ? $"{dotless[..3]}.{dotless[3..]}" : dotless;
}
