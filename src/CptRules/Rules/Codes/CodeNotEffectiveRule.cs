using CptRules.Findings;
using CptRules.ReferenceData;

namespace CptRules.Rules.Codes;

/// <summary>
/// A code is payable only between its start and end dates, judged on the line's own date of service: 64613/64614 were
/// deleted when 64616 and 64642–64647 arrived in 2014, and each toxin J-code has its own start date.
/// </summary>
public sealed class CodeNotEffectiveRule : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.CodeNotEffective,
        FindingSeverity.Error,
        "codes",
        "A code is not valid on the line's date of service (before its start date or after its end date).",
        "CPT code set and HCPCS Level II effective and termination dates");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var line in claim.Lines)
        {
            if (claim.CodeInfo(line) is not { } code || code.IsEffectiveOn(line.DateOfService))
            {
                continue;
            }

            var date = $"{line.DateOfService:yyyy-MM-dd}";
            var deleted = code.EffectiveTo is { } to && line.DateOfService > to;
            var replacement = deleted && code.ReplacedBy.Count > 0 ? $"; {Describe(code.ReplacedBy)} replaced it" : string.Empty;
            findings.Add(
                line,
                $"{line.Pointer}/code",
                $"{code.Code} is not valid on {date}: it is valid {Window(code)}{replacement}.",
                deleted ? AfterEndSuggestion(code, date) : BeforeStartSuggestion(code));
        }
    }

    private static string AfterEndSuggestion(CodeInfo code, string date) =>
        code.ReplacedBy.Count switch
        {
            0 => $"Bill the code in force on {date} for this service.",
            1 => $"Bill {code.ReplacedBy[0]} instead of {code.Code}.",
            _ => $"Bill the one of {Describe(code.ReplacedBy)} that describes the service instead of {code.Code}.",
        };

    private static string BeforeStartSuggestion(CodeInfo code) =>
        code.Replaces.Count > 0
            ? $"Check the date of service: before {code.EffectiveFrom:yyyy-MM-dd} this service was billed as {Describe(code.Replaces)}."
            : $"Check the date of service: {code.Code} cannot be billed for services before {code.EffectiveFrom:yyyy-MM-dd}.";

    /// <summary>A code outside its dates has at least one of them.</summary>
    private static string Window(CodeInfo code) =>
        code.EffectiveFrom is { } from
            ? code.EffectiveTo is { } to ? $"from {from:yyyy-MM-dd} through {to:yyyy-MM-dd}" : $"from {from:yyyy-MM-dd}"
            : $"through {code.EffectiveTo:yyyy-MM-dd}";

    /// <summary>"64616", or a run of consecutive codes as a range ("64642–64647"), else a list.</summary>
    private static string Describe(IReadOnlyList<string> codes)
    {
        var numbers = codes.Select(c => int.TryParse(c, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        var consecutive = codes.Count > 2 && numbers.All(n => n >= 0) && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
        return codes.Count == 1 ? codes[0]
            : consecutive ? $"{codes[0]}–{codes[^1]}"
            : $"{string.Join(", ", codes.Take(codes.Count - 1))} or {codes[^1]}";
    }
}
