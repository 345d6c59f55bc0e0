using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules.Extremities;

namespace CptRules.Rules.Ncci;

/// <summary>
/// NCCI procedure-to-procedure edits: CMS does not pay a column-two code billed with its column-one code on one date of
/// service, unless the edit allows a modifier (indicator 1) and the column-two line carries one that fits the pair.
/// </summary>
public sealed class PtpConflictRule(PtpModifierPolicy modifiers) : ClaimRule
{
    [Flags]
    private enum Sides
    {
        Unknown = 0,
        Right = 1,
        Left = 2,
    }

    public override RuleDefinition Definition { get; } = new(
        RuleIds.PtpConflict,
        FindingSeverity.Error,
        "ncci",
        "An NCCI procedure-to-procedure pair is billed on one date of service: modifier indicator 0, or 1 without a modifier on the column-two line that may bypass it.",
        "NCCI procedure-to-procedure edits; NCCI Policy Manual for Medicare Services, ch. I (modifiers)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        var table = claim.Data.PtpFor(claim.Claim.Setting);
        foreach (var date in claim.Dates)
        {
            // Each billed code is looked up once as column one: the work grows with the lines, not with their pairs.
            Dictionary<string, Sides>? sidesByCode = null;
            foreach (var column1 in date.Codes)
            {
                if (ApplicableEdits(table.EditsWithColumn1(column1), date) is not { } applicable)
                {
                    continue;
                }

                foreach (var edit in applicable)
                {
                    sidesByCode ??= new(StringComparer.Ordinal);
                    CheckPair(claim, date, edit, sidesByCode, findings);
                }
            }
        }
    }

    /// <summary>
    /// The rows that apply on the date, one per column-two code: CMS repeats a pair across revisions, and where the
    /// indicators differ the most restrictive (0) governs. Null when none applies, which is most codes of most claims.
    /// </summary>
    private static List<PtpEdit>? ApplicableEdits(IReadOnlyList<PtpEdit> edits, ServiceDate date)
    {
        List<PtpEdit>? applicable = null;
        Dictionary<string, int>? indexByColumn2 = null;
        for (var e = 0; e < edits.Count; e++)
        {
            var edit = edits[e];
            if (edit.ModifierIndicator == PtpModifierIndicator.NotApplicable || !edit.AppliesOn(date.Date) || !date.Has(edit.Column2))
            {
                continue;
            }

            // A row pairing a code with itself needs a second line of that code.
            if (edit.Column1 == edit.Column2 && date.LinesWith(edit.Column1).Count < 2)
            {
                continue;
            }

            applicable ??= [];
            indexByColumn2 ??= new(StringComparer.Ordinal);
            if (!indexByColumn2.TryGetValue(edit.Column2, out var index))
            {
                indexByColumn2[edit.Column2] = applicable.Count;
                applicable.Add(edit);
            }
            else if (edit.ModifierIndicator == PtpModifierIndicator.NotAllowed)
            {
                applicable[index] = edit;
            }
        }

        return applicable;
    }

    private void CheckPair(ClaimContext claim, ServiceDate date, PtpEdit edit, Dictionary<string, Sides> sidesByCode, FindingWriter findings)
    {
        var column1Lines = date.LinesWith(edit.Column1);
        var column1Line = column1Lines[0];
        var column2Lines = date.LinesWith(edit.Column2);

        // When a row pairs a code with itself, its first line is column one and every later line column two.
        var sameCode = edit.Column1 == edit.Column2;
        Sides column1Sides;
        if (sameCode)
        {
            column1Sides = SidesOf(claim, column1Line);
        }
        else if (!sidesByCode.TryGetValue(edit.Column1, out column1Sides))
        {
            foreach (var line in column1Lines)
            {
                column1Sides |= SidesOf(claim, line);
            }

            sidesByCode[edit.Column1] = column1Sides;
        }

        var evaluationAndManagement = modifiers.IsEvaluationAndManagement(edit.Column2);
        for (var i = sameCode ? 1 : 0; i < column2Lines.Count; i++)
        {
            var line = column2Lines[i];
            if (edit.ModifierIndicator == PtpModifierIndicator.Allowed && Bypasses(line, evaluationAndManagement, column1Sides))
            {
                continue;
            }

            var heading = $"NCCI PTP edit {edit.Column1}/{edit.Column2} ({NcciTables.NameFor(claim.Claim.Setting)} table, modifier indicator {(int)edit.ModifierIndicator}: {edit.Rationale})";
            var pairing = $"{edit.Column2} on line {line.LineNumber} is not paid with {edit.Column1} on line {column1Line.LineNumber} on {date.Date:yyyy-MM-dd}";
            var message = edit.ModifierIndicator == PtpModifierIndicator.NotAllowed
                ? $"{heading}: {pairing}, whatever the modifier."
                : $"{heading}: {pairing} without a modifier that bypasses the edit, and {WhyNotBypassed(line, evaluationAndManagement, column1Line, column1Sides)}.";
            findings.Add(line, $"{line.Pointer}/code", message, Suggestion(claim, edit, line, evaluationAndManagement));
        }
    }

    private bool Bypasses(ClaimLine column2Line, bool evaluationAndManagement, Sides column1Sides)
    {
        var column2Sides = Sides.Unknown;
        foreach (var modifier in column2Line.Modifiers)
        {
            var role = modifiers.RoleOf(modifier);
            if (evaluationAndManagement)
            {
                if (role == PtpModifierRole.EvaluationAndManagement)
                {
                    return true;
                }

                continue;
            }

            switch (role)
            {
                case PtpModifierRole.Distinct or PtpModifierRole.GlobalPeriod or PtpModifierRole.Anatomic:
                    return true;
                case PtpModifierRole.RightSide:
                    column2Sides |= Sides.Right;
                    break;
                case PtpModifierRole.LeftSide:
                    column2Sides |= Sides.Left;
                    break;
            }
        }

        // RT/LT show a separate site only against the other side; where column one's side is unknown, they are taken at their word.
        return column2Sides != Sides.Unknown && (column2Sides & column1Sides) == Sides.Unknown;
    }

    /// <summary>Why the column-two line's modifiers do not bypass the edit: billers add 59 to an E/M or 57 to a procedure and expect it to work.</summary>
    private string WhyNotBypassed(ClaimLine column2Line, bool evaluationAndManagement, ClaimLine column1Line, Sides column1Sides)
    {
        var reasons = new List<string>();
        foreach (var modifier in column2Line.Modifiers)
        {
            var role = modifiers.RoleOf(modifier);
            var named = $"{modifier} ({modifiers.MeaningOf(modifier)})";
            if (evaluationAndManagement && role is not (PtpModifierRole.None or PtpModifierRole.EvaluationAndManagement))
            {
                reasons.Add($"{named} does not bypass an edit on an E/M code (only {Listed(PtpModifierRole.EvaluationAndManagement)} does)");
            }
            else if (role == PtpModifierRole.NeverBypasses)
            {
                reasons.Add($"{named} never bypasses a PTP edit");
            }
            else if (role == PtpModifierRole.EvaluationAndManagement)
            {
                reasons.Add($"{named} bypasses an edit only on an E/M code");
            }
            else if ((role == PtpModifierRole.RightSide && column1Sides.HasFlag(Sides.Right)) || (role == PtpModifierRole.LeftSide && column1Sides.HasFlag(Sides.Left)))
            {
                reasons.Add($"{named} does not set it apart from {column1Line.Code} on line {column1Line.LineNumber}, which is on the same side");
            }
        }

        return reasons.Count == 0
            ? $"line {column2Line.LineNumber} carries none"
            : string.Join("; ", reasons);
    }

    private string Suggestion(ClaimContext claim, PtpEdit edit, ClaimLine column2Line, bool evaluationAndManagement)
    {
        if (edit.ModifierIndicator == PtpModifierIndicator.NotAllowed)
        {
            return claim.Data.Codes.For(edit.Column2) is { Kind: CodeKind.ExtremityPrimary } && ExtremityAddOns.DescribeFor(claim.Data, edit.Column1) is { Length: > 0 } addOns
                ? $"Bill one extremity base code per date of service: keep {edit.Column1} and report each other extremity with {addOns}."
                : $"An indicator 0 pair is never paid together, whatever the modifier: remove {edit.Column2} and bill {edit.Column1}.";
        }

        if (evaluationAndManagement)
        {
            return $"If the visit was a significant, separately identifiable E/M service beyond the usual evaluation before {edit.Column1}, " +
                $"append {Listed(PtpModifierRole.EvaluationAndManagement)} to line {column2Line.LineNumber}; otherwise remove {edit.Column2}.";
        }

        var sides = modifiers.ModifiersWith(PtpModifierRole.RightSide).Concat(modifiers.ModifiersWith(PtpModifierRole.LeftSide));
        return $"If {edit.Column2} was truly distinct from {edit.Column1} (another encounter, structure or practitioner), append {Listed(PtpModifierRole.Distinct)} " +
            $"to line {column2Line.LineNumber}, or {string.Join("/", sides)} when it was on the other side from {edit.Column1}; otherwise remove {edit.Column2}.";
    }

    private string Listed(PtpModifierRole role)
    {
        var listed = modifiers.ModifiersWith(role);
        return listed.Count == 1 ? listed[0] : $"{string.Join(", ", listed.Take(listed.Count - 1))} or {listed[^1]}";
    }

    /// <summary>A line's side: its RT/LT modifiers, else for 64642–64645 the sides of its limbs.</summary>
    private Sides SidesOf(ClaimContext claim, ClaimLine line)
    {
        var sides = Sides.Unknown;
        foreach (var modifier in line.Modifiers)
        {
            sides |= modifiers.RoleOf(modifier) switch
            {
                PtpModifierRole.RightSide => Sides.Right,
                PtpModifierRole.LeftSide => Sides.Left,
                _ => Sides.Unknown,
            };
        }

        if (sides != Sides.Unknown || claim.CodeInfo(line) is not { IsExtremityCode: true })
        {
            return sides;
        }

        foreach (var extremity in line.Extremities)
        {
            sides |= extremity.Limb.Side() == BodySide.Right ? Sides.Right : Sides.Left;
        }

        // Limbs on both sides give the line no side of its own (domain-rules §3: only "when they are all on one
        // side"), and an unknown column-one side lets RT/LT bypass.
        return sides == (Sides.Right | Sides.Left) ? Sides.Unknown : sides;
    }
}
