using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using static CptRules.Rules.Drugs.DrugBilling;

namespace CptRules.Rules.Drugs;

/// <summary>
/// A toxin used on a limb its label does not cover (Myobloc and Daxxify have no limb indication, Xeomin only the upper
/// limb). Medicare may pay for off-label use that is medically accepted, so this is a warning to confirm the product and
/// document the need. Which limbs a product covers comes from the product data, never from code lists here.
/// </summary>
public sealed class DrugOffLabelRule(ToxinProducts toxins) : ClaimRule
{
    public override RuleDefinition Definition { get; } = new(
        RuleIds.DrugOffLabel,
        FindingSeverity.Warning,
        "drugs",
        "A botulinum toxin is billed with limb chemodenervation (64642–64645) for a limb its label does not cover.",
        "FDA prescribing information (labelled indications); Medicare Benefit Policy Manual ch. 15 §50.4.2 (unlabeled use of drugs)");

    protected override void Check(ClaimContext claim, FindingWriter findings)
    {
        foreach (var date in claim.Dates)
        {
            if (LimbsTreated.On(claim, date) is not { } treated)
            {
                continue;
            }

            foreach (var code in date.Codes)
            {
                if (toxins.For(code) is not { } product || !IsOffLabel(product, treated))
                {
                    continue;
                }

                var lines = date.LinesWith(code);
                var line = lines.FirstOrDefault(IsAdministered) ?? lines[0];
                var problem = HasLimbLabel(product) && LimbOutsideLabel(product, treated) is ({ } limbLine, var limb)
                    ? $"is labelled for {(product.LabelledForUpperLimb ? "upper" : "lower")}-limb use only, but {limb.Name()} ({(limb.IsUpper() ? "an upper" : "a lower")} limb) is treated with {limbLine.Code} (line {limbLine.LineNumber})"
                    : $"has no labelled limb use, but is billed with {treated.Procedure.Code} (line {treated.Procedure.LineNumber})";
                var alternatives = LabelledAlternatives(treated);
                findings.Add(
                    line,
                    $"{line.Pointer}/code",
                    $"{code} {product.Product} {problem} on {date.Date:yyyy-MM-dd}: that use is off-label.",
                    $"Check that {code} is the product given; if it is, document why the off-label use is medically necessary, as MAC coverage of off-label use varies."
                        + (alternatives.Count > 0 ? $" Products labelled for this use: {string.Join(", ", alternatives)}." : string.Empty));
            }
        }
    }

    // Its own method: the lambda's closure over the limbs would otherwise be allocated for every date, not only on a finding.
    private List<string> LabelledAlternatives(LimbsTreated treated) =>
        toxins.Products
            .Where(p => HasLimbLabel(p) && !IsOffLabel(p, treated))
            .Select(p => p.Code)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool HasLimbLabel(ToxinProduct product) => product.LabelledForUpperLimb || product.LabelledForLowerLimb;

    /// <summary>A product with no limb label is off-label with any limb code, even before the limbs are detailed.</summary>
    private static bool IsOffLabel(ToxinProduct product, LimbsTreated treated) =>
        !HasLimbLabel(product) || LimbOutsideLabel(product, treated) is not null;

    /// <summary>The first treated limb of a kind (upper or lower) the product's label does not cover.</summary>
    private static (ClaimLine Line, Limb Limb)? LimbOutsideLabel(ToxinProduct product, LimbsTreated treated) =>
        !product.LabelledForUpperLimb && treated.Upper is not null ? treated.Upper
        : !product.LabelledForLowerLimb ? treated.Lower
        : null;

    /// <summary>The limb chemodenervation of one date: its first limb code, and the first upper and lower limb it details.</summary>
    // A struct: it is worked out for every date with a limb code, and a finding is rare.
    private readonly record struct LimbsTreated(ClaimLine Procedure, (ClaimLine Line, Limb Limb)? Upper, (ClaimLine Line, Limb Limb)? Lower)
    {
        /// <summary>Null when the date has no limb code (64642–64645).</summary>
        public static LimbsTreated? On(ClaimContext claim, ServiceDate date)
        {
            ClaimLine? procedure = null;
            (ClaimLine, Limb)? upper = null;
            (ClaimLine, Limb)? lower = null;
            foreach (var line in date.Lines)
            {
                if (claim.CodeInfo(line) is not { IsExtremityCode: true })
                {
                    continue;
                }

                procedure ??= line;
                for (var e = 0; e < line.Extremities.Count; e++)
                {
                    var extremity = line.Extremities[e];
                    if (extremity.Limb.IsUpper())
                    {
                        upper ??= (line, extremity.Limb);
                    }
                    else
                    {
                        lower ??= (line, extremity.Limb);
                    }
                }
            }

            return procedure is null ? null : new LimbsTreated(procedure, upper, lower);
        }
    }
}
